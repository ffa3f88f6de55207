namespace Bot.Host.Channels.WeCom;

/// <summary>The error codes of WeCom's callback crypto (WXBizMsgCrypt), as its official samples define them.</summary>
public enum WeComCryptoError
{
    ValidateSignature = -40001,
    ParseXml = -40002,
    ComputeSignature = -40003,
    IllegalAesKey = -40004,
    ValidateCorpId = -40005,
    EncryptAes = -40006,
    DecryptAes = -40007,
    IllegalBuffer = -40008,
    EncodeBase64 = -40009,
    DecodeBase64 = -40010,
    GenReturnXml = -40011,
}
