using Bot.Core.Messaging;

namespace Bot.Core.Shifts;

/// <summary>Compares a shared location with a duty point.</summary>
internal static class ShiftLocation
{
    public static (LocationProof Proof, double? Distance) Check(DutyPoint? point, GeoPoint location, int defaultRadius)
    {
        if (point?.Location is not { } where)
        {
            return (LocationProof.Unchecked, null);
        }

        var distance = Math.Round(where.DistanceTo(location));
        return (distance <= (point.RadiusMeters ?? defaultRadius) ? LocationProof.Inside : LocationProof.Outside, distance);
    }
}
