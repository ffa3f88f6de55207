using System.Text.Json;
using Bot.Host.Channels.WeCom;
using CsCheck;

namespace Bot.Tests.WeCom;

public sealed class WeComCryptoTests
{
    public static TheoryData<string> Positive => WeComVectors.Names(c => !WeComVectors.IsNegative(c));

    public static TheoryData<string> Negative => WeComVectors.Names(WeComVectors.IsNegative);

    public static TheoryData<string> Posts => WeComVectors.Names(c => c.TryGetProperty("post_body", out _));

    public static TheoryData<string> Replies => WeComVectors.Names(c => c.TryGetProperty("expected_response_body", out _));

    [Fact]
    public void VectorFile_HasAllSeventeenCases_WithItsSourceNote()
    {
        Assert.Equal(17, WeComVectors.All().Count());
        Assert.All(WeComVectors.All(), v => Assert.False(string.IsNullOrEmpty(v.Set.S("source"))));
    }

    [Theory]
    [MemberData(nameof(Positive))]
    public void Vector_DecryptsAndReEncryptsByteForByte(string name)
    {
        var (set, c) = WeComVectors.Get(name);
        var crypt = new WXBizMsgCrypt(set.S("token"), set.S("encodingAesKey"), set.S("receiveId"));
        var kind = c.S("kind");
        var cipher = kind == "verify_url" ? c.S("echostr") : c.S("encrypt");
        var prefix = Convert.FromHexString(c.S("random_prefix_hex"));

        // Inbound direction: signature checks out and the ciphertext opens to the expected plaintext.
        Assert.Equal(c.S("msg_signature"), WXBizMsgCrypt.Signature(set.S("token"), c.S("timestamp"), c.S("nonce"), cipher));
        var plain = kind == "verify_url"
            ? crypt.VerifyUrl(c.S("msg_signature"), c.S("timestamp"), c.S("nonce"), cipher)
            : crypt.DecryptMessage(c.S("msg_signature"), c.S("timestamp"), c.S("nonce"), cipher);
        Assert.Equal(c.S("expected_plaintext"), plain);

        // Outbound direction: the same random prefix reproduces the ciphertext exactly.
        Assert.Equal(cipher, crypt.Encrypt(c.S("expected_plaintext"), prefix));
    }

    [Theory]
    [MemberData(nameof(Posts))]
    public void Vector_PostEnvelope_YieldsTheSignedCiphertext(string name)
    {
        var (_, c) = WeComVectors.Get(name);
        var body = c.GetProperty("post_body");

        var encrypt = c.S("kind") == "post"
            ? WeComXml.Encrypt(body.GetString()!)
            : JsonDocument.Parse(body.GetString()!).RootElement.EnumerateObject()
                .Single(p => p.Name.Equals("encrypt", StringComparison.OrdinalIgnoreCase)).Value.GetString();
        Assert.Equal(c.S("encrypt"), encrypt);
    }

    [Theory]
    [MemberData(nameof(Replies))]
    public void Vector_PassiveReply_MatchesTheExpectedEnvelope(string name)
    {
        var (set, c) = WeComVectors.Get(name);
        var expected = c.GetProperty("expected_response_body");

        var crypt = new WXBizMsgCrypt(set.S("token"), set.S("encodingAesKey"), set.S("receiveId"));
        var prefix = Convert.FromHexString(c.S("random_prefix_hex"));
        var reply = c.S("kind") == "reply"
            ? crypt.EncryptReplyXml(c.S("expected_plaintext"), c.S("timestamp"), c.S("nonce"), prefix)
            : crypt.EncryptReplyJson(c.S("expected_plaintext"), long.Parse(c.S("timestamp"), System.Globalization.CultureInfo.InvariantCulture), c.S("nonce"), prefix);
        Assert.Equal(expected.GetString(), reply);
    }

    [Theory]
    [MemberData(nameof(Negative))]
    public void NegativeVector_GivesTheDocumentedError(string name)
    {
        var (set, c) = WeComVectors.Get(name);
        var receiveId = c.TryGetProperty("receiveId_override", out var o) ? o.GetString()! : set.S("receiveId");
        var crypt = new WXBizMsgCrypt(set.S("token"), set.S("encodingAesKey"), receiveId);

        var e = Assert.Throws<WeComCryptoException>(() =>
            crypt.DecryptMessage(c.S("msg_signature"), c.S("timestamp"), c.S("nonce"), c.S("encrypt")));

        Assert.Equal(c.GetProperty("expected_error").GetInt32(), e.Code);
    }

    [Fact]
    public void Signature_UsesOrdinalSort_NotCultureSort()
    {
        var (set, c) = WeComVectors.Get("set1-case1-post");

        var signature = WXBizMsgCrypt.Signature(set.S("token"), c.S("timestamp"), c.S("nonce"), c.S("encrypt"));

        Assert.Equal("0c3914025cb4b4d68103f6bfc8db550f79dcf48e", signature);
        Assert.NotEqual("5b4075dde6163959d424be9dd5c4883d0b14f7ca", signature);
    }

    [Theory]
    [InlineData("short", -40004)]
    [InlineData("jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2!", -40004)]
    public void BadEncodingAesKey_IsIllegalAesKey(string key, int code)
    {
        var e = Assert.Throws<WeComCryptoException>(() => new WXBizMsgCrypt("t", key, "ww1"));
        Assert.Equal(code, e.Code);
    }

    [Fact]
    public void NotBase64Ciphertext_IsDecodeBase64Error()
    {
        var crypt = new WXBizMsgCrypt("t", "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C", "ww1");
        Assert.Equal(-40010, Assert.Throws<WeComCryptoException>(() => crypt.Decrypt("not base64 !!")).Code);
    }

    [Fact]
    public void TamperedCiphertext_IsRejected_NotReturned()
    {
        var crypt = new WXBizMsgCrypt("t", "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C", "ww1");
        var bytes = Convert.FromBase64String(crypt.Encrypt("<xml>hello</xml>"));
        bytes[^1] ^= 0x5A;

        var e = Assert.Throws<WeComCryptoException>(() => crypt.Decrypt(Convert.ToBase64String(bytes)));

        Assert.Contains(e.Code, new[] { -40005, -40007, -40008 });
    }

    [Fact]
    public void EncryptThenDecrypt_RoundTripsAnyTextAndReceiveId()
    {
        Gen.Select(Gen.String, Gen.String[Gen.Char.AlphaNumeric, 0, 20]).Sample((text, receiveId) =>
        {
            var crypt = new WXBizMsgCrypt("tok", "9h+tv1TPeNvlQgiyhHH6ZhpDl+ewZaQibDLQHFHmPoo", receiveId);
            var valid = text.Normalize() == text && !text.Any(char.IsSurrogate);
            return !valid || crypt.Decrypt(crypt.Encrypt(text)) == text;
        }, iter: 300);
    }
}
