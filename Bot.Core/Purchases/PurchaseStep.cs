using Bot.Core.Messaging;

namespace Bot.Core.Purchases;

/// <summary>
/// The step the lifecycle commands share: find the request by its number (or answer with the usage or "not found"),
/// let the command act on it, and answer what the operation did: the command's own reply when it happened, else
/// "not found", "not yours", withdrawn or the state's refusal (<see cref="PurchaseReplies"/>).
/// </summary>
internal static class PurchaseStep
{
    /// <summary>
    /// Finds the request named in the arguments and runs <paramref name="act"/> on it with what follows the number;
    /// <paramref name="act"/> returns null when it answered by itself (a bad amount, a missing reason).
    /// </summary>
    public static void Run(CommandContext context, IPurchaseStore store, CommandSpec spec, PurchaseReplies replies,
        Func<PurchaseRequest, string, PurchaseResult?> act, Action<PurchaseRequest> done)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (PurchaseCommand.Find(context, store, spec, out var rest) is not { } found)
        {
            return;
        }

        if (act(found, rest) is { } result)
        {
            Answer(context, found.Id, result, replies, done);
        }
    }

    /// <summary>
    /// Answers <paramref name="result"/>: <paramref name="done"/> when the operation happened, else the reply for why not,
    /// about the request as it is now.
    /// </summary>
    public static void Answer(CommandContext context, int id, PurchaseResult result, PurchaseReplies replies,
        Action<PurchaseRequest> done)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(replies);
        ArgumentNullException.ThrowIfNull(done);
        if (result.Request is not { } r)
        {
            // Gone between finding it and acting on it: it cannot be found any more.
            context.Reply(PurchasesTexts.NotFound, id);
            return;
        }

        switch (result.Outcome)
        {
            case PurchaseOutcome.Done:
                done(r);
                break;
            case PurchaseOutcome.NotYours when replies.NotYours is { } notYours:
                context.Reply(notYours, id);
                break;
            case PurchaseOutcome.NotFound:
                context.Reply(PurchasesTexts.NotFound, id);
                break;
            default:
                if (r.Status == PurchaseStatus.Cancelled && replies.Withdrawn is { } withdrawn)
                {
                    context.Reply(withdrawn, id);
                }
                else if (r.ClaimerName is { } by && replies.TakenBy is { } taken)
                {
                    context.Reply(taken, id, by);
                }
                else
                {
                    context.Reply(replies.Refused, id, PurchaseCommand.Status(context, r));
                }

                break;
        }
    }
}
