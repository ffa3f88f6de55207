namespace Bot.Host.Channels.WeCom;

/// <summary>The app group chats the bot created (appchat/create), so each is created once, whichever host starts first.</summary>
internal interface IWeComAppChatStore
{
    /// <summary>The record of <paramref name="chatId"/>'s creation, or null when it was not created yet.</summary>
    WeComAppChatRecord? Find(string chatId);

    /// <summary>Records a created chat, replacing an earlier record of the same id.</summary>
    void Save(WeComAppChatRecord chat);
}
