using System.Xml;
using System.Xml.Linq;

namespace Bot.Host.Channels.WeCom;

/// <summary>Reads WeCom's flat callback XML (<c>&lt;xml&gt;&lt;Field&gt;…</c>) with DTDs prohibited and no resolver.</summary>
internal static class WeComXml
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = 1_000_000,
        IgnoreComments = true,
    };

    /// <summary>The child elements of the root as name → text; -40002 when the XML is malformed.</summary>
    public static IReadOnlyDictionary<string, string> Fields(string xml)
    {
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), Settings);
            var root = XDocument.Load(reader).Root ?? throw new WeComCryptoException(WeComCryptoError.ParseXml);
            var fields = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var e in root.Elements())
            {
                fields[e.Name.LocalName] = e.Value;
            }

            return fields;
        }
        catch (XmlException e)
        {
            throw new WeComCryptoException(WeComCryptoError.ParseXml, e);
        }
    }

    /// <summary>The Encrypt field of a callback envelope; -40002 when missing.</summary>
    public static string Encrypt(string xml) =>
        Fields(xml).TryGetValue("Encrypt", out var encrypt) && encrypt.Length > 0
            ? encrypt
            : throw new WeComCryptoException(WeComCryptoError.ParseXml);
}
