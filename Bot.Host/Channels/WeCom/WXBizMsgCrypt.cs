using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Bot.Host.Channels.WeCom;

/// <summary>
/// WeCom callback crypto (named after the official sample class). Signature: lowercase hex SHA-1 over the
/// <em>ordinally</em> sorted token, timestamp, nonce and ciphertext. Cipher: AES-256-CBC, key = Base64(EncodingAESKey + "="),
/// IV = key[0..16], PKCS#7 padding over 32-byte blocks (done by hand: .NET's PKCS7 mode only accepts 1..16).
/// Plaintext = 16 random bytes | big-endian uint32 message length | message | receiveId (corpid for an app, "" for the
/// intelligent bot).
/// </summary>
public sealed class WXBizMsgCrypt
{
    private const int Block = 32;
    private readonly string _token;
    private readonly byte[] _key;
    private readonly string _receiveId;

    public WXBizMsgCrypt(string token, string encodingAesKey, string receiveId)
    {
        ArgumentNullException.ThrowIfNull(token);
        ArgumentNullException.ThrowIfNull(receiveId);
        _token = token;
        _receiveId = receiveId;
        _key = DecodeKey(encodingAesKey);
    }

    /// <summary>The 32-byte AES key an EncodingAESKey stands for; -40004 when it is not 43 Base64 characters.</summary>
    public static byte[] DecodeKey(string? encodingAesKey)
    {
        if (encodingAesKey is not { Length: 43 })
        {
            throw new WeComCryptoException(WeComCryptoError.IllegalAesKey);
        }

        try
        {
            var key = Convert.FromBase64String(encodingAesKey + "=");
            return key.Length == 32 ? key : throw new WeComCryptoException(WeComCryptoError.IllegalAesKey);
        }
        catch (FormatException e)
        {
            throw new WeComCryptoException(WeComCryptoError.IllegalAesKey, e);
        }
    }

    /// <summary>The msg_signature over the four values, sorted ordinally (a culture sort gives wrong answers).</summary>
    public static string Signature(string token, string timestamp, string nonce, string encrypt)
    {
        string[] parts = [token, timestamp, nonce, encrypt];
        Array.Sort(parts, StringComparer.Ordinal);
        var hash = SHA1.HashData(Encoding.UTF8.GetBytes(string.Concat(parts)));
        return Convert.ToHexStringLower(hash);
    }

    /// <summary>Checks the signature in constant time; -40001 when it does not match.</summary>
    public void VerifySignature(string? msgSignature, string timestamp, string nonce, string encrypt)
    {
        var expected = Encoding.ASCII.GetBytes(Signature(_token, timestamp, nonce, encrypt));
        var given = Encoding.ASCII.GetBytes(msgSignature ?? "");
        if (!CryptographicOperations.FixedTimeEquals(expected, given))
        {
            throw new WeComCryptoException(WeComCryptoError.ValidateSignature);
        }
    }

    /// <summary>GET URL verification: checks the signature over echostr and returns its decrypted text.</summary>
    public string VerifyUrl(string? msgSignature, string timestamp, string nonce, string echoStr) =>
        DecryptMessage(msgSignature, timestamp, nonce, echoStr);

    /// <summary>Checks the signature, decrypts, checks the receiveId; returns the message text.</summary>
    public string DecryptMessage(string? msgSignature, string timestamp, string nonce, string encrypt)
    {
        VerifySignature(msgSignature, timestamp, nonce, encrypt);
        return Decrypt(encrypt);
    }

    /// <summary>Decrypts one Base64 ciphertext and checks the receiveId.</summary>
    public string Decrypt(string encrypt)
    {
        byte[] cipher;
        try
        {
            cipher = Convert.FromBase64String(encrypt);
        }
        catch (FormatException e)
        {
            throw new WeComCryptoException(WeComCryptoError.DecodeBase64, e);
        }

        byte[] plain;
        try
        {
            using var aes = CreateAes();
            plain = aes.DecryptCbc(cipher, _key.AsSpan(0, 16), PaddingMode.None);
        }
        catch (CryptographicException e)
        {
            throw new WeComCryptoException(WeComCryptoError.DecryptAes, e);
        }

        var pad = plain.Length == 0 ? 0 : plain[^1];
        if (pad is < 1 or > Block || pad > plain.Length)
        {
            throw new WeComCryptoException(WeComCryptoError.IllegalBuffer);
        }

        var content = plain.AsSpan(0, plain.Length - pad);
        if (content.Length < 20)
        {
            throw new WeComCryptoException(WeComCryptoError.IllegalBuffer);
        }

        var length = BinaryPrimitives.ReadUInt32BigEndian(content.Slice(16, 4));
        if (length > (uint)(content.Length - 20))
        {
            throw new WeComCryptoException(WeComCryptoError.IllegalBuffer);
        }

        var message = content.Slice(20, (int)length);
        var receiveId = content[(20 + (int)length)..];
        if (!receiveId.SequenceEqual(Encoding.UTF8.GetBytes(_receiveId)))
        {
            throw new WeComCryptoException(WeComCryptoError.ValidateCorpId);
        }

        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(message);
        }
        catch (DecoderFallbackException e)
        {
            throw new WeComCryptoException(WeComCryptoError.IllegalBuffer, e);
        }
    }

    /// <summary>Encrypts a message with a fresh random prefix.</summary>
    public string Encrypt(string message) => Encrypt(message, RandomNumberGenerator.GetBytes(16));

    /// <summary>Encrypts with a given 16-byte prefix (tests reproduce official ciphertexts byte for byte).</summary>
    public string Encrypt(string message, ReadOnlySpan<byte> randomPrefix)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (randomPrefix.Length != 16)
        {
            throw new WeComCryptoException(WeComCryptoError.EncryptAes);
        }

        var msg = Encoding.UTF8.GetBytes(message);
        var id = Encoding.UTF8.GetBytes(_receiveId);
        var unpadded = 20 + msg.Length + id.Length;
        var pad = Block - (unpadded % Block);
        var plain = new byte[unpadded + pad];
        randomPrefix.CopyTo(plain);
        BinaryPrimitives.WriteUInt32BigEndian(plain.AsSpan(16, 4), (uint)msg.Length);
        msg.CopyTo(plain, 20);
        id.CopyTo(plain, 20 + msg.Length);
        plain.AsSpan(unpadded).Fill((byte)pad);
        using var aes = CreateAes();
        return Convert.ToBase64String(aes.EncryptCbc(plain, _key.AsSpan(0, 16), PaddingMode.None));
    }

    /// <summary>The signature this instance's token gives the values.</summary>
    public string Sign(string timestamp, string nonce, string encrypt) => Signature(_token, timestamp, nonce, encrypt);

    /// <summary>An encrypted passive XML reply envelope.</summary>
    public string EncryptReplyXml(string message, string timestamp, string nonce, ReadOnlySpan<byte> randomPrefix)
    {
        var encrypt = Encrypt(message, randomPrefix);
        var signature = Sign(timestamp, nonce, encrypt);
        return $"<xml>\n<Encrypt><![CDATA[{encrypt}]]></Encrypt>\n<MsgSignature><![CDATA[{signature}]]></MsgSignature>\n"
            + $"<TimeStamp>{timestamp}</TimeStamp>\n<Nonce><![CDATA[{nonce}]]></Nonce>\n</xml>";
    }

    /// <summary>An encrypted passive JSON reply envelope (intelligent bot): encrypt, msgsignature, timestamp (a number), nonce.</summary>
    public string EncryptReplyJson(string message, long timestamp, string nonce, ReadOnlySpan<byte> randomPrefix)
    {
        var encrypt = Encrypt(message, randomPrefix);
        var ts = timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var reply = new WeComJsonReply(encrypt, Sign(ts, nonce, encrypt), timestamp, nonce);
        return System.Text.Json.JsonSerializer.Serialize(reply, WeComJson.Options);
    }

    private Aes CreateAes()
    {
        var aes = Aes.Create();
        aes.Key = _key;
        return aes;
    }
}
