namespace Bot.Host.Channels.WeCom;

/// <summary>The app group chats the bot created (appchat/create), so each is created once, whichever host starts first.</summary>
internal interface IWeComAppChatStore
{
    /// <summary>The record of <paramref name="chatId"/>'s creation, or null when it was not created yet.</summary>
    WeComAppChatRecord? Find(string chatId);

    /// <summary>
    /// Creates chat <paramref name="chat"/> once, whichever host asks: claims its id, and only if it was not recorded
    /// yet runs <paramref name="create"/> (appchat/create), keeping the record when that returns true and dropping it
    /// otherwise. The claim is held until the transaction ends (its own, or the caller's it joins): a second caller
    /// claiming the same id waits, then finds it recorded and does not create it, or, if the first failed or died,
    /// creates it itself. Returns null when the chat was recorded already (<paramref name="create"/> not run), else what
    /// it returned.
    /// </summary>
    bool? CreateOnce(WeComAppChatRecord chat, Func<bool> create);
}
