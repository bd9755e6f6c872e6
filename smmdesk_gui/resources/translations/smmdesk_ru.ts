<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name></name>
    <message>
        <location filename="../../ui/crash.py" line="69"/>
        <source>SMM Desk</source>
        <translation>SMM Desk</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="70"/>
        <source>Something went wrong, but your work is safe.</source>
        <translation>Что-то пошло не так, но ваша работа сохранена.</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="74"/>
        <source>SMM Desk keeps running. The details were saved in the log file:
{path}</source>
        <translation>SMM Desk продолжает работать. Подробности сохранены в журнале:
{path}</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about.py" line="85"/>
        <source>About SMM Desk</source>
        <translation>О программе SMM Desk</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="95"/>
        <source>SMM Desk</source>
        <translation>SMM Desk</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="101"/>
        <source>Version {version}</source>
        <translation>Версия {version}</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="105"/>
        <source>Plan, write, publish and measure your social media posts.</source>
        <translation>Планируйте, пишите, публикуйте посты в соцсетях и оценивайте результат.</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="113"/>
        <source>Your data folder</source>
        <translation>Папка с вашими данными</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="116"/>
        <source>Log files</source>
        <translation>Журналы</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="122"/>
        <source>SMM Desk is built with the open-source components below. Select one to read its license.</source>
        <translation>SMM Desk создан на основе компонентов с открытым кодом, перечисленных ниже. Выберите компонент, чтобы прочитать его лицензию.</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="149"/>
        <source>Select a component to read its license.</source>
        <translation>Выберите компонент, чтобы прочитать его лицензию.</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="159"/>
        <source>Copy details</source>
        <translation>Копировать сведения</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="162"/>
        <source>Copy the version and folders, to paste into a message to support.</source>
        <translation>Скопировать версию и папки, чтобы вставить их в письмо в поддержку.</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="178"/>
        <source>Open folder</source>
        <translation>Открыть папку</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="194"/>
        <source>no file manager answered</source>
        <translation>файловый менеджер не ответил</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="200"/>
        <source>Could not open the folder</source>
        <translation>Не удалось открыть папку</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="202"/>
        <source>SMM Desk could not open the folder ({reason}). You can find it here:
{folder}</source>
        <translation>SMM Desk не удалось открыть папку ({reason}). Она находится здесь:
{folder}</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="231"/>
        <source>No license text ships with this component; its license is {name}.</source>
        <translation>Текст лицензии не поставляется с этим компонентом; его лицензия — {name}.</translation>
    </message>
</context>
<context>
    <name>AccountChips</name>
    <message>
        <location filename="../../ui/composer/widgets.py" line="172"/>
        <source>Needs reconnecting (Accounts screen)</source>
        <translation>Нужно переподключить (экран «Аккаунты»)</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <location filename="../../ui/accounts/model.py" line="28"/>
        <source>Platform</source>
        <translation>Платформа</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="29"/>
        <source>Account</source>
        <translation>Аккаунт</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="30"/>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="31"/>
        <source>Last checked</source>
        <translation>Последняя проверка</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="64"/>
        <source>Needs reconnecting</source>
        <translation>Нужно переподключить</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="66"/>
        <source>Disconnected</source>
        <translation>Отключён</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="68"/>
        <source>Reminders (you post)</source>
        <translation>Напоминания (публикуете вы)</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="69"/>
        <source>Connected</source>
        <translation>Подключён</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <location filename="../../ui/accounts/page.py" line="52"/>
        <source>Accounts</source>
        <translation>Аккаунты</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="59"/>
        <location filename="../../ui/accounts/page.py" line="67"/>
        <location filename="../../ui/accounts/page.py" line="72"/>
        <source>Connect an account</source>
        <translation>Подключить аккаунт</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="69"/>
        <source>Connect Bluesky, Mastodon or Telegram and SMM Desk posts for you at the planned time. Add Instagram and the others to get a reminder with everything ready.</source>
        <translation>Подключите Bluesky, Mastodon или Telegram, и SMM Desk опубликует пост за вас в запланированное время. Добавьте Instagram и другие площадки, чтобы получать напоминание со всем готовым к публикации.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="98"/>
        <source>Test connection</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="100"/>
        <source>Reconnect…</source>
        <translation>Переподключить…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="102"/>
        <location filename="../../ui/accounts/page.py" line="167"/>
        <location filename="../../ui/accounts/page.py" line="254"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="183"/>
        <source>Something went wrong ({name}). Try again; details are in the log.</source>
        <translation>Что-то пошло не так ({name}). Попробуйте ещё раз; подробности в журнале.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="205"/>
        <source>{handle} added. SMM Desk will remind you when its posts are due.</source>
        <translation>{handle} добавлен. SMM Desk напомнит вам, когда придёт время его постов.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="210"/>
        <source>{handle} is connected and works.</source>
        <translation>{handle} подключён и работает.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="222"/>
        <source>Testing {handle}…</source>
        <translation>Проверяем {handle}…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="228"/>
        <source>{handle} works.</source>
        <translation>{handle} работает.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="245"/>
        <source>Yes, remove</source>
        <translation>Да, удалить</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="248"/>
        <source>Remove {handle}? Its saved login is deleted; posts already sent stay in your plan. Click &quot;Yes, remove&quot; to go ahead.</source>
        <translation>Удалить {handle}? Сохранённый вход будет удалён; уже отправленные посты останутся в плане. Нажмите «Да, удалить», чтобы продолжить.</translation>
    </message>
</context>
<context>
    <name>Autosaver</name>
    <message>
        <location filename="../../ui/composer/autosave.py" line="149"/>
        <source>Could not save the draft (%1). Your text is still here.</source>
        <translation>Не удалось сохранить черновик (%1). Ваш текст на месте.</translation>
    </message>
</context>
<context>
    <name>BacklogPanel</name>
    <message>
        <location filename="../../ui/calendar/backlog.py" line="37"/>
        <source>Ideas</source>
        <translation>Идеи</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/backlog.py" line="45"/>
        <source>Recently edited</source>
        <translation>Недавно изменённые</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/backlog.py" line="46"/>
        <source>Newest</source>
        <translation>Новые</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/backlog.py" line="47"/>
        <source>A–Z</source>
        <translation>А–Я</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/backlog.py" line="48"/>
        <source>By rubric</source>
        <translation>По рубрикам</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/backlog.py" line="56"/>
        <source>Posts without a date. Drag one onto a day, or put it in the queue.</source>
        <translation>Посты без даты. Перетащите пост на день или поставьте его в очередь.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/backlog.py" line="76"/>
        <source>Add to queue</source>
        <translation>В очередь</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/backlog.py" line="78"/>
        <source>Put the selected ideas into each account&apos;s next free posting time</source>
        <translation>Поставить выбранные идеи на ближайшее свободное время публикации каждого аккаунта</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/backlog.py" line="88"/>
        <source>Ideas (%1)</source>
        <translation>Идеи (%1)</translation>
    </message>
</context>
<context>
    <name>ComponentsModel</name>
    <message>
        <location filename="../../ui/about.py" line="48"/>
        <source>Component</source>
        <translation>Компонент</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="48"/>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="48"/>
        <source>License</source>
        <translation>Лицензия</translation>
    </message>
</context>
<context>
    <name>ComposePage</name>
    <message>
        <location filename="../../ui/composer/page.py" line="109"/>
        <source>Post to:</source>
        <translation>Куда:</translation>
    </message>
    <message>
        <location filename="../../ui/composer/page.py" line="113"/>
        <source>New post</source>
        <translation>Новый пост</translation>
    </message>
    <message>
        <location filename="../../ui/composer/page.py" line="118"/>
        <source>No accounts yet: add one on the Accounts screen. You can already write.</source>
        <translation>Аккаунтов пока нет: добавьте аккаунт на экране «Аккаунты». Писать можно уже сейчас.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/page.py" line="134"/>
        <source>Write your post here. Each account can get its own version in its tab.</source>
        <translation>Напишите пост здесь. Для каждого аккаунта можно сделать свою версию на его вкладке.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/page.py" line="228"/>
        <source>Something went wrong: %1. Your text is still here.</source>
        <translation>Что-то пошло не так: %1. Ваш текст на месте.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/page.py" line="147"/>
        <source>Main text</source>
        <translation>Основной текст</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="94"/>
        <source>Reconnect account</source>
        <extracomment>Opens a web address in the browser (tests record it instead).</extracomment>
        <translation>Переподключить аккаунт</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="94"/>
        <source>Connect an account</source>
        <translation>Подключить аккаунт</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="105"/>
        <source>Platform</source>
        <translation>Платформа</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="106"/>
        <location filename="../../ui/accounts/connect_dialog.py" line="214"/>
        <source>Server address</source>
        <translation>Адрес сервера</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="119"/>
        <source>How</source>
        <translation>Способ</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="123"/>
        <source>Sign in through the browser (easiest)</source>
        <translation>Войти через браузер (проще всего)</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="124"/>
        <source>Paste an access token</source>
        <translation>Вставить токен доступа</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="133"/>
        <source>Open the sign-in page</source>
        <translation>Открыть страницу входа</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="144"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="146"/>
        <source>Paste the code your server shows</source>
        <translation>Вставьте код, который показал сервер</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="164"/>
        <location filename="../../ui/accounts/connect_dialog.py" line="327"/>
        <source>Reconnect</source>
        <translation>Переподключить</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="164"/>
        <location filename="../../ui/accounts/connect_dialog.py" line="327"/>
        <source>Connect</source>
        <translation>Подключить</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="204"/>
        <source>(filled in from your server)</source>
        <translation>(заполняется по данным сервера)</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="212"/>
        <source>Server (leave empty for bsky.social)</source>
        <translation>Сервер (пусто — bsky.social)</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="240"/>
        <source>Enter your server&apos;s address first, e.g. mastodon.social</source>
        <translation>Сначала введите адрес сервера, например mastodon.social</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="249"/>
        <source>Open the sign-in page again</source>
        <translation>Открыть страницу входа снова</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="252"/>
        <source>If the browser did not open, &lt;a href=&quot;{url}&quot;&gt;click here&lt;/a&gt;.</source>
        <translation>Если браузер не открылся, &lt;a href=&quot;{url}&quot;&gt;нажмите здесь&lt;/a&gt;.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="273"/>
        <location filename="../../ui/accounts/connect_dialog.py" line="305"/>
        <source>Checking…</source>
        <translation>Проверяем…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="298"/>
        <source>Click &quot;Open the sign-in page&quot; first.</source>
        <translation>Сначала нажмите «Открыть страницу входа».</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="301"/>
        <source>Paste the code your server showed after you allowed it.</source>
        <translation>Вставьте код, который сервер показал после того, как вы разрешили доступ.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="332"/>
        <source>Connecting failed unexpectedly ({name}). Try again.</source>
        <translation>Подключение неожиданно не удалось ({name}). Попробуйте ещё раз.</translation>
    </message>
</context>
<context>
    <name>CounterBar</name>
    <message>
        <location filename="../../ui/composer/widgets.py" line="218"/>
        <source>%1: %2 characters left</source>
        <translation>%1: осталось символов: %2</translation>
    </message>
</context>
<context>
    <name>DatabaseBusy</name>
    <message>
        <location filename="../../ui/db_busy.py" line="16"/>
        <source>SMM Desk&apos;s database is busy with another task (an import?). Your change was not saved yet; try again in a moment.</source>
        <translation>База данных SMM Desk занята другой задачей (импортом?). Изменение пока не сохранено; повторите через минуту.</translation>
    </message>
</context>
<context>
    <name>DayCellDelegate</name>
    <message>
        <location filename="../../ui/calendar/delegate.py" line="194"/>
        <location filename="../../ui/calendar/delegate.py" line="199"/>
        <source>nothing planned</source>
        <translation>ничего не запланировано</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar/delegate.py" line="215"/>
        <source>+%n more</source>
        <translation>
            <numerusform>ещё %n</numerusform>
            <numerusform>ещё %n</numerusform>
            <numerusform>ещё %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar/delegate.py" line="217"/>
        <source>%n post(s)</source>
        <translation>
            <numerusform>%n пост</numerusform>
            <numerusform>%n поста</numerusform>
            <numerusform>%n постов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <location filename="../../ui/calendar/details.py" line="43"/>
        <source>No post selected</source>
        <translation>Пост не выбран</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/details.py" line="46"/>
        <source>Click a post to see it here. Drag it to another day to move it; hold Ctrl while dropping to copy it.</source>
        <translation>Нажмите на пост, чтобы увидеть его здесь. Перетащите его на другой день, чтобы перенести; удерживайте Ctrl при отпускании, чтобы скопировать.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/details.py" line="67"/>
        <source>No rubric</source>
        <translation>Без рубрики</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="268"/>
        <location filename="../../ui/calendar/import_dialog.py" line="305"/>
        <source>Export the plan</source>
        <translation>Экспорт плана</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="276"/>
        <source>Spreadsheet (CSV)</source>
        <translation>Таблица (CSV)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="277"/>
        <source>Calendar file (.ics)</source>
        <translation>Календарь (.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="278"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="279"/>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="280"/>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="283"/>
        <source>Both days are included. A CSV opens in a spreadsheet and can be imported again; an .ics file opens in Google Calendar, Apple Calendar, Outlook or Thunderbird.</source>
        <translation>Оба дня включаются. CSV открывается в табличном редакторе и может быть импортирован снова; файл .ics открывается в Google Календаре, Apple Календаре, Outlook или Thunderbird.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="293"/>
        <source>Save as…</source>
        <translation>Сохранить как…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="322"/>
        <source>Could not save %1: %2</source>
        <translation>Не удалось сохранить %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="325"/>
        <source>Saved %1 posts to %2.</source>
        <translation>Сохранено в %2 (постов: %1).</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="155"/>
        <source>All states</source>
        <translation>Все состояния</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="157"/>
        <source>Scheduled</source>
        <translation>Запланированные</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="158"/>
        <source>Drafts</source>
        <translation>Черновики</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="159"/>
        <source>Published</source>
        <translation>Опубликованные</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="160"/>
        <source>Failed</source>
        <translation>С ошибкой</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="161"/>
        <source>Needs attention</source>
        <translation>Требуют внимания</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="167"/>
        <source>Search posts (Ctrl+F)</source>
        <translation>Поиск постов (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="193"/>
        <source>All accounts</source>
        <translation>Аккаунты</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="197"/>
        <source>All platforms</source>
        <translation>Платформы</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="202"/>
        <source>All rubrics</source>
        <translation>Все рубрики</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="205"/>
        <source>No rubric</source>
        <translation>Без рубрики</translation>
    </message>
</context>
<context>
    <name>FocalPointWidget</name>
    <message>
        <location filename="../../ui/media/focal.py" line="28"/>
        <source>Click the most important spot (the product): every crop keeps it</source>
        <translation>Нажмите на самое важное место (товар): при любой обрезке оно сохранится</translation>
    </message>
</context>
<context>
    <name>GuiPublisher</name>
    <message numerus="yes">
        <location filename="../../ui/publishing/publisher.py" line="128"/>
        <source>SMM Desk: %n post(s) waiting to be published</source>
        <translation>
            <numerusform>SMM Desk: %n пост ждёт публикации</numerusform>
            <numerusform>SMM Desk: %n поста ждут публикации</numerusform>
            <numerusform>SMM Desk: %n постов ждут публикации</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/publishing/publisher.py" line="134"/>
        <source>Publishing paused: %1</source>
        <translation>Публикация приостановлена: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/publishing/publisher.py" line="147"/>
        <source>%n post(s) published</source>
        <translation>
            <numerusform>%n пост опубликован</numerusform>
            <numerusform>%n поста опубликованы</numerusform>
            <numerusform>%n постов опубликовано</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/publishing/publisher.py" line="149"/>
        <source>%n will be retried</source>
        <translation>
            <numerusform>%n будет повторён</numerusform>
            <numerusform>%n будут повторены</numerusform>
            <numerusform>%n будут повторены</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/publishing/publisher.py" line="151"/>
        <source>%n failed — see why in the plan</source>
        <translation>
            <numerusform>%n с ошибкой — причина в плане</numerusform>
            <numerusform>%n с ошибкой — причина в плане</numerusform>
            <numerusform>%n с ошибкой — причина в плане</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/publishing/publisher.py" line="153"/>
        <source>%n need(s) checking</source>
        <translation>
            <numerusform>%n нужно проверить</numerusform>
            <numerusform>%n нужно проверить</numerusform>
            <numerusform>%n нужно проверить</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/publishing/publisher.py" line="223"/>
        <source>Time to post on %1</source>
        <translation>Пора публиковать в %1</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/publisher.py" line="226"/>
        <source>The text is copied and the photos are in a folder. Click here to see the post for %1.</source>
        <translation>Текст скопирован, фото лежат в папке. Нажмите, чтобы открыть пост для %1.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/publisher.py" line="236"/>
        <source>A post to %1 failed</source>
        <translation>Пост в %1 не опубликован</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/publisher.py" line="243"/>
        <source>Check a post on %1</source>
        <translation>Проверьте пост в %1</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/publisher.py" line="246"/>
        <source>SMM Desk cannot tell whether the post to %1 went out. Click here to check it.</source>
        <translation>SMM Desk не может определить, вышел ли пост в %1. Нажмите, чтобы проверить.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/publisher.py" line="270"/>
        <source>Reconnect %1 on %2</source>
        <translation>Переподключите %1 в %2</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/publisher.py" line="237"/>
        <source>Click here to see why.</source>
        <translation>Нажмите, чтобы узнать причину.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/publisher.py" line="272"/>
        <source>Its posts wait until you sign in again. Click here to reconnect.</source>
        <translation>Его посты ждут, пока вы снова не войдёте. Нажмите, чтобы переподключить.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="111"/>
        <source>Import posts from a spreadsheet</source>
        <translation>Импорт постов из таблицы</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="118"/>
        <source>A CSV file with the columns scheduled_at, accounts, text, media and rubric. Nothing is imported until every row is fine.</source>
        <translation>Файл CSV со столбцами scheduled_at, accounts, text, media и rubric. Ничего не импортируется, пока все строки не будут в порядке.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="127"/>
        <source>No file chosen</source>
        <translation>Файл не выбран</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="128"/>
        <source>Choose file…</source>
        <translation>Выбрать файл…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="130"/>
        <source>Check again</source>
        <translation>Проверить снова</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="132"/>
        <source>Read the file again after you fixed and saved it in your spreadsheet</source>
        <translation>Прочитать файл заново после исправления и сохранения в таблице</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="141"/>
        <source>Rows without a date go into the queue (otherwise they become ideas)</source>
        <translation>Строки без даты ставятся в очередь (иначе становятся идеями)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="144"/>
        <source>Show only the rows with a problem</source>
        <translation>Показывать только строки с проблемами</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="166"/>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="178"/>
        <source>Choose a CSV file</source>
        <translation>Выберите файл CSV</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="178"/>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="220"/>
        <source>%1 of %2 rows have a problem (in red). Fix them in your spreadsheet, save, and press Check again. Nothing has been imported.</source>
        <translation>Строк с проблемами (выделены красным): %1 из %2. Исправьте их в таблице, сохраните и нажмите «Проверить снова». Ничего не импортировано.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="228"/>
        <source>%1 rows are ready to import.</source>
        <translation>Строк готово к импорту: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="231"/>
        <source>The file has no rows to import.</source>
        <translation>В файле нет строк для импорта.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="63"/>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="64"/>
        <source>Compose</source>
        <translation>Пост</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="65"/>
        <source>Dashboard</source>
        <translation>Статистика</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="66"/>
        <source>Media</source>
        <translation>Медиа</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="67"/>
        <source>Accounts</source>
        <translation>Аккаунты</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="68"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="142"/>
        <source>SMM Desk</source>
        <translation>SMM Desk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="159"/>
        <source>Opening your workspace…</source>
        <translation>Открываем рабочее пространство…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="165"/>
        <source>Opening…</source>
        <translation>Открываем…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="199"/>
        <source>SMM Desk — demo workspace</source>
        <translation>SMM Desk — демо-пространство</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="216"/>
        <source>Workspace not open</source>
        <translation>Рабочее пространство не открыто</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="283"/>
        <source>No accounts connected yet</source>
        <translation>Аккаунты ещё не подключены</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="285"/>
        <source>No posts scheduled today</source>
        <translation>На сегодня постов нет</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="287"/>
        <source>%n post(s) scheduled today</source>
        <translation>
            <numerusform>Сегодня запланирован %n пост</numerusform>
            <numerusform>Сегодня запланировано %n поста</numerusform>
            <numerusform>Сегодня запланировано %n постов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="289"/>
        <source>next at {time}</source>
        <translation>следующий в {time}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="291"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n с ошибкой</numerusform>
            <numerusform>%n с ошибкой</numerusform>
            <numerusform>%n с ошибкой</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="293"/>
        <source>%n need(s) you</source>
        <translation>
            <numerusform>%n ждёт вас</numerusform>
            <numerusform>%n ждут вас</numerusform>
            <numerusform>%n ждут вас</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="311"/>
        <source>Network status unknown</source>
        <translation>Состояние сети неизвестно</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="307"/>
        <source>Online</source>
        <translation>В сети</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="309"/>
        <source>Offline — posts wait until you are back online</source>
        <translation>Нет сети — посты ждут подключения</translation>
    </message>
</context>
<context>
    <name>MediaPage</name>
    <message>
        <location filename="../../ui/media/page.py" line="81"/>
        <source>Media</source>
        <translation>Медиа</translation>
    </message>
    <message>
        <location filename="../../ui/media/page.py" line="89"/>
        <source>Search by file name or description</source>
        <translation>Поиск по имени файла или описанию</translation>
    </message>
    <message>
        <location filename="../../ui/media/page.py" line="95"/>
        <location filename="../../ui/media/page.py" line="120"/>
        <source>Import photos…</source>
        <translation>Импорт фото…</translation>
    </message>
    <message>
        <location filename="../../ui/media/intake.py" line="109"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/media/page.py" line="115"/>
        <source>Your photos</source>
        <translation>Ваши фото</translation>
    </message>
    <message>
        <location filename="../../ui/media/page.py" line="117"/>
        <source>Keep your product photos here, ready for every platform. Import them, drop them on this window or paste them.</source>
        <translation>Храните здесь фото товаров, готовые для любой платформы. Импортируйте их, перетащите в это окно или вставьте.</translation>
    </message>
    <message>
        <location filename="../../ui/media/page.py" line="143"/>
        <source>No photo matches your search.</source>
        <translation>По вашему запросу фото не найдены.</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="66"/>
        <source>Click the most important spot of the photo: every crop keeps it.</source>
        <translation>Нажмите на самое важное место фото: при любой обрезке оно сохранится.</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="75"/>
        <source>Description for people who cannot see the photo (alt text)</source>
        <translation>Описание для незрячих людей (альтернативный текст)</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="79"/>
        <source>For example: Three golden croissants on a wooden board</source>
        <translation>Например: три румяных круассана на деревянной доске</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="82"/>
        <source>Used in</source>
        <translation>Где используется</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="89"/>
        <location filename="../../ui/media/page.py" line="295"/>
        <source>Delete photo</source>
        <translation>Удалить фото</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="93"/>
        <source>What each platform will show</source>
        <translation>Как фото покажет каждая платформа</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="146"/>
        <source>Not used in any post yet</source>
        <translation>Пока не используется в постах</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="149"/>
        <source>scheduled</source>
        <translation>запланирован</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="151"/>
        <source>no account yet</source>
        <translation>аккаунта пока нет</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="152"/>
        <source>Untitled post</source>
        <translation>Пост без названия</translation>
    </message>
    <message>
        <location filename="../../ui/media/page.py" line="220"/>
        <source>Import photos</source>
        <translation>Импорт фото</translation>
    </message>
    <message>
        <location filename="../../ui/media/page.py" line="220"/>
        <source>Photos</source>
        <translation>Фото</translation>
    </message>
    <message>
        <location filename="../../ui/media/intake.py" line="159"/>
        <source>Importing %1 of %2…</source>
        <translation>Импорт: %1 из %2…</translation>
    </message>
    <message>
        <location filename="../../ui/media/page.py" line="244"/>
        <source>Import stopped.</source>
        <translation>Импорт остановлен.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/media/page.py" line="246"/>
        <source>%n photo(s) added.</source>
        <translation>
            <numerusform>Добавлено %n фото.</numerusform>
            <numerusform>Добавлено %n фото.</numerusform>
            <numerusform>Добавлено %n фото.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/media/page.py" line="248"/>
        <source>%n photo(s) were already in the library.</source>
        <translation>
            <numerusform>%n фото уже было в библиотеке.</numerusform>
            <numerusform>%n фото уже были в библиотеке.</numerusform>
            <numerusform>%n фото уже были в библиотеке.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/media/intake.py" line="135"/>
        <source>Pasted photo</source>
        <translation>Вставленное фото</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/media/page.py" line="288"/>
        <source>This photo is in %n scheduled post(s):</source>
        <translation>
            <numerusform>Это фото есть в %n запланированном посте:</numerusform>
            <numerusform>Это фото есть в %n запланированных постах:</numerusform>
            <numerusform>Это фото есть в %n запланированных постах:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/media/page.py" line="290"/>
        <source>Deleting it takes it out of those posts. Delete it anyway?</source>
        <translation>При удалении оно исчезнет из этих постов. Всё равно удалить?</translation>
    </message>
    <message>
        <location filename="../../ui/media/page.py" line="293"/>
        <source>Delete %1 from the library? This cannot be undone.</source>
        <translation>Удалить %1 из библиотеки? Это действие нельзя отменить.</translation>
    </message>
    <message>
        <location filename="../../ui/media/page.py" line="304"/>
        <source>%1 was deleted.</source>
        <translation>%1 удалено.</translation>
    </message>
</context>
<context>
    <name>MediaPreviews</name>
    <message>
        <location filename="../../ui/media/previews.py" line="40"/>
        <source>shape kept</source>
        <translation>пропорции сохранены</translation>
    </message>
</context>
<context>
    <name>MediaStrip</name>
    <message>
        <location filename="../../ui/composer/media_strip.py" line="101"/>
        <source>Photos</source>
        <translation>Фото</translation>
    </message>
    <message>
        <location filename="../../ui/composer/media_strip.py" line="104"/>
        <source>Add photos…</source>
        <translation>Добавить фото…</translation>
    </message>
    <message>
        <location filename="../../ui/composer/media_strip.py" line="107"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../ui/composer/media_strip.py" line="117"/>
        <source>Drop photos here, or use Add photos…</source>
        <translation>Перетащите фото сюда или нажмите «Добавить фото…»</translation>
    </message>
    <message>
        <location filename="../../ui/composer/media_strip.py" line="122"/>
        <source>Describe the selected photo for people who cannot see it (alt text)</source>
        <translation>Опишите выбранное фото для незрячих людей (альтернативный текст)</translation>
    </message>
    <message>
        <location filename="../../ui/composer/media_strip.py" line="179"/>
        <source>⚠ no description</source>
        <translation>⚠ нет описания</translation>
    </message>
    <message>
        <location filename="../../ui/composer/media_strip.py" line="182"/>
        <source>%1: add a description so people who cannot see it know what it shows</source>
        <translation>%1: добавьте описание, чтобы незрячие люди знали, что на фото</translation>
    </message>
</context>
<context>
    <name>MissedPostsDialog</name>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="48"/>
        <source>Posts that missed their time</source>
        <translation>Пропущенные посты</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="53"/>
        <source>These posts were due while SMM Desk was closed, so they were not sent. Choose for each: post it now, pick a new time, or skip it.</source>
        <translation>Время этих постов наступило, когда SMM Desk был закрыт, поэтому они не отправлены. Для каждого выберите: опубликовать сейчас, назначить новое время или пропустить.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="61"/>
        <source>Was due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="61"/>
        <source>Account</source>
        <translation>Аккаунт</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="61"/>
        <source>Post</source>
        <translation>Пост</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="73"/>
        <source>Post now</source>
        <translation>Опубликовать</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="78"/>
        <source>Move to this time</source>
        <translation>Перенести на это время</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="80"/>
        <source>Skip</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="92"/>
        <source>Decide later</source>
        <translation>Решить позже</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="119"/>
        <source>Select one or more posts first.</source>
        <translation>Сначала выберите один или несколько постов.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="141"/>
        <source>They will be sent in a moment.</source>
        <translation>Сейчас они будут отправлены.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="149"/>
        <source>Moved to the new time.</source>
        <translation>Перенесено на новое время.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="155"/>
        <source>Skipped: they stay in the plan, unsent.</source>
        <translation>Пропущено: посты остаются в плане неотправленными.</translation>
    </message>
</context>
<context>
    <name>MixBar</name>
    <message>
        <location filename="../../ui/calendar/mix_bar.py" line="33"/>
        <source>No rubric</source>
        <translation>Без рубрики</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/mix_bar.py" line="39"/>
        <source>%1: %2 (target %3)</source>
        <translation>%1: %2 (цель %3)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar/mix_bar.py" line="46"/>
        <source>Rubric mix of %n post(s): </source>
        <translation>
            <numerusform>Рубрики (постов: %n): </numerusform>
            <numerusform>Рубрики (постов: %n): </numerusform>
            <numerusform>Рубрики (постов: %n): </numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/calendar/mix_bar.py" line="49"/>
        <source>No posts in this month yet: the mix shows once you plan some.</source>
        <translation>В этом месяце постов пока нет: соотношение рубрик появится, когда вы их запланируете.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/mix_bar.py" line="102"/>
        <source>%1 target</source>
        <translation>цель %1</translation>
    </message>
</context>
<context>
    <name>NavigationBar</name>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="53"/>
        <source>Previous (Page Up)</source>
        <translation>Назад (Page Up)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="56"/>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="57"/>
        <source>Go to today (Ctrl+T)</source>
        <translation>Перейти к сегодняшнему дню (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="61"/>
        <source>Next (Page Down)</source>
        <translation>Вперёд (Page Down)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="74"/>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="74"/>
        <source>Week</source>
        <translation>Неделя</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="74"/>
        <source>List</source>
        <translation>Список</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="89"/>
        <source>Calendar system</source>
        <translation>Календарь</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="91"/>
        <source>Gregorian</source>
        <translation>Григорианский</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="92"/>
        <source>Persian (Jalali)</source>
        <translation>Персидский (солнечная хиджра)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="93"/>
        <source>Islamic (civil)</source>
        <translation>Исламский (гражданский)</translation>
    </message>
</context>
<context>
    <name>OverlayPanel</name>
    <message>
        <location filename="../../ui/media/overlay_panel.py" line="41"/>
        <source>Your logo on the photos you post</source>
        <translation>Ваш логотип на публикуемых фото</translation>
    </message>
    <message>
        <location filename="../../ui/media/overlay_panel.py" line="46"/>
        <source>Add my logo (the photos in your library stay as they are)</source>
        <translation>Добавлять мой логотип (фото в библиотеке не меняются)</translation>
    </message>
    <message>
        <location filename="../../ui/media/overlay_panel.py" line="50"/>
        <location filename="../../ui/media/overlay_panel.py" line="84"/>
        <source>No logo chosen yet</source>
        <translation>Логотип ещё не выбран</translation>
    </message>
    <message>
        <location filename="../../ui/media/overlay_panel.py" line="51"/>
        <source>Choose logo…</source>
        <translation>Выбрать логотип…</translation>
    </message>
    <message>
        <location filename="../../ui/media/overlay_panel.py" line="55"/>
        <source>Logo</source>
        <translation>Логотип</translation>
    </message>
    <message>
        <location filename="../../ui/media/overlay_panel.py" line="59"/>
        <source>Corner</source>
        <translation>Угол</translation>
    </message>
    <message>
        <location filename="../../ui/media/overlay_panel.py" line="62"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../../ui/media/overlay_panel.py" line="65"/>
        <source>Visibility</source>
        <translation>Видимость</translation>
    </message>
    <message>
        <location filename="../../ui/media/overlay_panel.py" line="84"/>
        <source>Logo chosen</source>
        <translation>Логотип выбран</translation>
    </message>
    <message>
        <location filename="../../ui/media/overlay_panel.py" line="107"/>
        <source>Choose your logo</source>
        <translation>Выберите логотип</translation>
    </message>
    <message>
        <location filename="../../ui/media/overlay_panel.py" line="109"/>
        <source>Pictures</source>
        <translation>Изображения</translation>
    </message>
</context>
<context>
    <name>PhotoIntake</name>
    <message>
        <location filename="../../ui/composer/photo_intake.py" line="75"/>
        <source>Add photos</source>
        <translation>Добавить фото</translation>
    </message>
    <message>
        <location filename="../../ui/composer/photo_intake.py" line="77"/>
        <source>Photos (*.jpg *.jpeg *.png *.webp *.gif *.heic *.heif)</source>
        <translation>Фото (*.jpg *.jpeg *.png *.webp *.gif *.heic *.heif)</translation>
    </message>
    <message>
        <location filename="../../ui/composer/photo_intake.py" line="91"/>
        <source>Pasted %1.png</source>
        <translation>Вставлено %1.png</translation>
    </message>
</context>
<context>
    <name>PlanActionsBar</name>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="64"/>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="67"/>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="87"/>
        <source>How many days Earlier, Later and Duplicate move or copy the selected posts</source>
        <translation>На сколько дней кнопки «Раньше», «Позже» и «Дублировать» переносят или копируют выбранные посты</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="96"/>
        <source>Earlier</source>
        <translation>Раньше</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="98"/>
        <source>Later</source>
        <translation>Позже</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="100"/>
        <source>Duplicate</source>
        <translation>Дублировать</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="104"/>
        <source>Back to ideas</source>
        <translation>В идеи</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="106"/>
        <source>Take the selected posts off the calendar; they stay in your ideas</source>
        <translation>Убрать выбранные посты из календаря; они останутся в идеях</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="109"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="110"/>
        <source>Delete the selected posts (Delete)</source>
        <translation>Удалить выбранные посты (Delete)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="122"/>
        <source>Import CSV…</source>
        <translation>Импорт CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="123"/>
        <source>Import posts from a spreadsheet (CSV)</source>
        <translation>Импортировать посты из таблицы (CSV)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="125"/>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="126"/>
        <source>Save the plan as a CSV or a calendar (.ics) file</source>
        <translation>Сохранить план в файл CSV или календаря (.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="128"/>
        <source>Rubrics…</source>
        <translation>Рубрики…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="130"/>
        <source>Posting times…</source>
        <translation>Время публикаций…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="137"/>
        <source>Set up</source>
        <translation>Настроить</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="139"/>
        <source>Rubrics and posting times</source>
        <translation>Рубрики и время публикаций</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="143"/>
        <source>Ideas</source>
        <translation>Идеи</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="145"/>
        <source>Show or hide the ideas and the post details</source>
        <translation>Показать или скрыть идеи и сведения о посте</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar/actions_bar.py" line="181"/>
        <source>%n selected</source>
        <translation>
            <numerusform>Выбран %n</numerusform>
            <numerusform>Выбрано %n</numerusform>
            <numerusform>Выбрано %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="183"/>
        <source>No post selected</source>
        <translation>Пост не выбран</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="186"/>
        <source>Click a post to select it; Ctrl-click to select several</source>
        <translation>Нажмите на пост, чтобы выбрать его; с Ctrl — чтобы выбрать несколько</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="192"/>
        <source>by </source>
        <translation>на </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar/actions_bar.py" line="193"/>
        <source> day(s)</source>
        <translation>
            <numerusform> день</numerusform>
            <numerusform> дня</numerusform>
            <numerusform> дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar/actions_bar.py" line="203"/>
        <source>Move the selected posts %n day(s) earlier, same time of day (Alt+←)</source>
        <translation>
            <numerusform>Перенести выбранные посты на %n день раньше, в то же время (Alt+←)</numerusform>
            <numerusform>Перенести выбранные посты на %n дня раньше, в то же время (Alt+←)</numerusform>
            <numerusform>Перенести выбранные посты на %n дней раньше, в то же время (Alt+←)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar/actions_bar.py" line="210"/>
        <source>Move the selected posts %n day(s) later, same time of day (Alt+→)</source>
        <translation>
            <numerusform>Перенести выбранные посты на %n день позже, в то же время (Alt+→)</numerusform>
            <numerusform>Перенести выбранные посты на %n дня позже, в то же время (Alt+→)</numerusform>
            <numerusform>Перенести выбранные посты на %n дней позже, в то же время (Alt+→)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar/actions_bar.py" line="215"/>
        <source>Copy the selected posts %n day(s) later (Ctrl+D)</source>
        <translation>
            <numerusform>Скопировать выбранные посты на %n день позже (Ctrl+D)</numerusform>
            <numerusform>Скопировать выбранные посты на %n дня позже (Ctrl+D)</numerusform>
            <numerusform>Скопировать выбранные посты на %n дней позже (Ctrl+D)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanModels</name>
    <message>
        <location filename="../../ui/calendar/models.py" line="60"/>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="61"/>
        <source>Scheduled</source>
        <translation>Запланирован</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="62"/>
        <source>Publishing</source>
        <translation>Публикуется</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="63"/>
        <source>Will retry</source>
        <translation>Будет повтор</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="64"/>
        <source>Published</source>
        <translation>Опубликован</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="65"/>
        <source>Failed</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="66"/>
        <source>Needs attention</source>
        <translation>Требует внимания</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="67"/>
        <source>Post it now</source>
        <translation>Опубликовать сейчас</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="68"/>
        <source>Skipped</source>
        <translation>Пропущен</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="233"/>
        <location filename="../../ui/calendar/week.py" line="177"/>
        <source>%n post(s)</source>
        <translation>постов: %n</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="239"/>
        <source>one of your posting days, nothing planned yet</source>
        <translation>день публикаций, пока ничего не запланировано</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="256"/>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="257"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="258"/>
        <source>Accounts</source>
        <translation>Аккаунты</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="259"/>
        <source>Rubric</source>
        <translation>Рубрика</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="260"/>
        <source>Post</source>
        <translation>Пост</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="261"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="331"/>
        <source>No rubric</source>
        <translation>Без рубрики</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="383"/>
        <source>(no text yet)</source>
        <translation>(текста пока нет)</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../ui/calendar/page.py" line="326"/>
        <source>The plan could not be loaded: %1</source>
        <translation>Не удалось загрузить план: %1</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/page.py" line="352"/>
        <source>%1 posts in view · %2 days of your posting rhythm still empty · %3 ideas</source>
        <translation>Постов на экране: %1 · пустых дней в ритме публикаций: %2 · идей: %3</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/changes.py" line="148"/>
        <source>Imported %1 posts (%2 of them as ideas). Ctrl+Z takes the import back.</source>
        <translation>Импортировано постов: %1 (из них идей: %2). Ctrl+Z отменит импорт.</translation>
    </message>
</context>
<context>
    <name>PlanUndo</name>
    <message>
        <location filename="../../ui/calendar/undo.py" line="17"/>
        <source>Move post</source>
        <translation>Перенос поста</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/undo.py" line="18"/>
        <source>Move posts</source>
        <translation>Перенос постов</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/undo.py" line="19"/>
        <source>Back to ideas</source>
        <translation>Возврат в идеи</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/undo.py" line="20"/>
        <source>Schedule idea</source>
        <translation>Планирование идеи</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/undo.py" line="21"/>
        <source>Schedule ideas</source>
        <translation>Планирование идей</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/undo.py" line="22"/>
        <source>Add to queue</source>
        <translation>Постановка в очередь</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/undo.py" line="23"/>
        <source>Duplicate post</source>
        <translation>Дублирование поста</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/undo.py" line="24"/>
        <source>Duplicate posts</source>
        <translation>Дублирование постов</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/undo.py" line="25"/>
        <source>Delete post</source>
        <translation>Удаление поста</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/undo.py" line="26"/>
        <source>Delete posts</source>
        <translation>Удаление постов</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/undo.py" line="27"/>
        <source>Import CSV</source>
        <translation>Импорт CSV</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/undo.py" line="38"/>
        <source>Move %n day(s) earlier</source>
        <translation>Перенос раньше (дн.: %n)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/undo.py" line="40"/>
        <source>Move %n day(s) later</source>
        <translation>Перенос позже (дн.: %n)</translation>
    </message>
</context>
<context>
    <name>PlatformPreviews</name>
    <message>
        <location filename="../../ui/media/previews.py" line="177"/>
        <source>No preview</source>
        <translation>Нет предпросмотра</translation>
    </message>
</context>
<context>
    <name>PostProblemDialog</name>
    <message>
        <location filename="../../ui/publishing/problem_dialog.py" line="48"/>
        <source>Check this post on {platform}</source>
        <translation>Проверьте этот пост в {platform}</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/problem_dialog.py" line="50"/>
        <source>A post to {platform} was not published</source>
        <translation>Пост в {platform} не опубликован</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/problem_dialog.py" line="57"/>
        <source>No reason was given.</source>
        <translation>Причина не указана.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/problem_dialog.py" line="60"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/problem_dialog.py" line="78"/>
        <source>Link to the post, if it is there (optional)</source>
        <translation>Ссылка на пост, если он вышел (необязательно)</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/problem_dialog.py" line="82"/>
        <source>Don&apos;t post it</source>
        <translation>Не публиковать</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/problem_dialog.py" line="84"/>
        <source>It is there: mark as posted</source>
        <translation>Он вышел: отметить</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/problem_dialog.py" line="88"/>
        <source>It is not there: send it</source>
        <translation>Его нет: отправить</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/problem_dialog.py" line="88"/>
        <source>Try again now</source>
        <translation>Повторить сейчас</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/problem_dialog.py" line="91"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>PostingTimesDialog</name>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="174"/>
        <source>Posting times</source>
        <translation>Время публикаций</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="178"/>
        <source>When each account posts, every week, in your local time. “Add to queue” uses the next free one. Example: Tue 12:30, Thu 12:30, Sat 10:00</source>
        <translation>Когда каждый аккаунт публикует посты — каждую неделю, по вашему местному времени. «В очередь» берёт ближайшее свободное. Пример: Tue 12:30, Thu 12:30, Sat 10:00</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="188"/>
        <source>no posting times</source>
        <translation>время не задано</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="50"/>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="51"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="52"/>
        <source>Accounts</source>
        <translation>Аккаунты</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="53"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="54"/>
        <source>Rubric</source>
        <translation>Рубрика</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="55"/>
        <source>Problems</source>
        <translation>Проблемы</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="66"/>
        <source>next free slot</source>
        <translation>ближайшее свободное время</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="67"/>
        <source>idea (no date)</source>
        <translation>идея (без даты)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="77"/>
        <source>%1 (new)</source>
        <translation>%1 (новая)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="82"/>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <location filename="../../ui/composer/panels.py" line="114"/>
        <source>%1 gets it as %2 × %3 pixels.</source>
        <translation>%1 получит его размером %2 × %3 пикселей.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="120"/>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="122"/>
        <source>Choose an account above to see how the post will look there.</source>
        <translation>Выберите аккаунт выше, чтобы увидеть, как там будет выглядеть пост.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="139"/>
        <source>more</source>
        <translation>ещё</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="142"/>
        <source>The feed shows the start; the rest sits behind “more”.</source>
        <translation>В ленте видно начало; остальное скрыто за «ещё».</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="144"/>
        <source>The red part does not fit on %1.</source>
        <translation>Красная часть не помещается в %1.</translation>
    </message>
</context>
<context>
    <name>PublishScheduleBox</name>
    <message>
        <location filename="../../ui/publishing/schedule_box.py" line="16"/>
        <source>Publish while SMM Desk is closed</source>
        <translation>Публиковать при закрытом SMM Desk</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/schedule_box.py" line="21"/>
        <source>Let this computer send your scheduled posts every 5 minutes, even when the SMM Desk window is closed (the computer must be on and you logged in).</source>
        <translation>Этот компьютер будет отправлять запланированные посты каждые 5 минут, даже когда окно SMM Desk закрыто (компьютер должен быть включён, а вы — в системе).</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/schedule_box.py" line="28"/>
        <source>Turn on</source>
        <translation>Включить</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/schedule_box.py" line="30"/>
        <source>Turn off</source>
        <translation>Выключить</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/schedule_box.py" line="50"/>
        <source>On: {what}.</source>
        <translation>Включено: {what}.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/schedule_box.py" line="52"/>
        <source>Off. Posts go out only while SMM Desk is open.</source>
        <translation>Выключено. Посты выходят, только пока SMM Desk открыт.</translation>
    </message>
</context>
<context>
    <name>PublishingActions</name>
    <message>
        <location filename="../../ui/publishing/target_actions.py" line="76"/>
        <source>%1 @%2: not published</source>
        <translation>%1 @%2: не опубликован</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/target_actions.py" line="78"/>
        <source>%1 @%2: check whether it went out</source>
        <translation>%1 @%2: проверьте, вышел ли пост</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/target_actions.py" line="83"/>
        <source>See why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/target_actions.py" line="88"/>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/target_actions.py" line="135"/>
        <source>It will be sent in a moment.</source>
        <translation>Сейчас он будет отправлен.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/target_actions.py" line="156"/>
        <source>That did not work (%1). Try again.</source>
        <translation>Не получилось (%1). Попробуйте ещё раз.</translation>
    </message>
</context>
<context>
    <name>ReadyToPostDialog</name>
    <message>
        <location filename="../../ui/publishing/ready_dialog.py" line="41"/>
        <source>Ready to post on {platform}</source>
        <translation>Готово к публикации в {platform}</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/ready_dialog.py" line="48"/>
        <source>It is time for this post. The text is copied: paste it on {platform}. The photos ({count}) are in a folder, numbered in order. When it is up, mark it as posted.</source>
        <translation>Пора публиковать этот пост. Текст скопирован: вставьте его в {platform}. Фото ({count}) лежат в папке, пронумерованы по порядку. Когда пост выйдет, отметьте его как опубликованный.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/ready_dialog.py" line="59"/>
        <source>Copy text again</source>
        <translation>Скопировать текст снова</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/ready_dialog.py" line="61"/>
        <source>Open photos folder</source>
        <translation>Открыть папку с фото</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/ready_dialog.py" line="68"/>
        <source>Open {platform}</source>
        <translation>Открыть {platform}</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/ready_dialog.py" line="78"/>
        <source>Link to the post (optional)</source>
        <translation>Ссылка на пост (необязательно)</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/ready_dialog.py" line="82"/>
        <source>Later</source>
        <translation>Позже</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/ready_dialog.py" line="84"/>
        <source>Mark as posted</source>
        <translation>Опубликовано</translation>
    </message>
</context>
<context>
    <name>RubricsDialog</name>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="58"/>
        <source>Rubrics</source>
        <translation>Рубрики</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="62"/>
        <source>Rubrics are the kinds of post you make (product, tips, behind the scenes…). The target share is how much of your plan each should take.</source>
        <translation>Рубрики — это виды ваших постов (товар, советы, закулисье…). Целевая доля — какую часть плана должна занимать каждая.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="78"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="79"/>
        <source>Colour</source>
        <translation>Цвет</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="80"/>
        <source>Target share</source>
        <translation>Целевая доля</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="87"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="88"/>
        <source>Save changes</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="89"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="133"/>
        <source>Rubric colour</source>
        <translation>Цвет рубрики</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="149"/>
        <source>New rubric</source>
        <translation>Новая рубрика</translation>
    </message>
</context>
<context>
    <name>SchedulePanel</name>
    <message>
        <location filename="../../ui/composer/panels.py" line="187"/>
        <location filename="../../ui/composer/panels.py" line="238"/>
        <source>Post now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="188"/>
        <source>Next free slot</source>
        <translation>Ближайшее время</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="190"/>
        <source>Each account&apos;s next free posting time from its queue (Plan screen)</source>
        <translation>Ближайшее свободное время публикации каждого аккаунта из его очереди (экран «План»)</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="192"/>
        <source>At</source>
        <translation>Дата и время</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="203"/>
        <location filename="../../ui/composer/panels.py" line="242"/>
        <source>Schedule</source>
        <translation>Запланировать</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="219"/>
        <source>No free posting time for %1: add posting times on the Plan screen, or pick a date and time.</source>
        <translation>Нет свободного времени публикации для %1: добавьте время на экране «План» или выберите дату и время.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/composer/panels.py" line="229"/>
        <source>Added to the queue of %n account(s).</source>
        <translation>
            <numerusform>Добавлено в очередь %n аккаунта.</numerusform>
            <numerusform>Добавлено в очереди %n аккаунтов.</numerusform>
            <numerusform>Добавлено в очереди %n аккаунтов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/composer/panels.py" line="231"/>
        <source>Sent to the queue for %n account(s): it goes out now.</source>
        <translation>
            <numerusform>Отправлено в очередь %n аккаунта: пост выходит сейчас.</numerusform>
            <numerusform>Отправлено в очереди %n аккаунтов: пост выходит сейчас.</numerusform>
            <numerusform>Отправлено в очереди %n аккаунтов: пост выходит сейчас.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/composer/panels.py" line="233"/>
        <source>Scheduled for %n account(s).</source>
        <translation>
            <numerusform>Запланировано для %n аккаунта.</numerusform>
            <numerusform>Запланировано для %n аккаунтов.</numerusform>
            <numerusform>Запланировано для %n аккаунтов.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="240"/>
        <source>Add to queue</source>
        <translation>В очередь</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="259"/>
        <source>Write your post above, then schedule it here.</source>
        <translation>Напишите пост выше, затем запланируйте его здесь.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="277"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="288"/>
        <source>Choose at least one account above.</source>
        <translation>Выберите выше хотя бы один аккаунт.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="291"/>
        <source>Fix these before scheduling, or remove the account from the post:</source>
        <translation>Исправьте это перед планированием или уберите аккаунт из поста:</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="294"/>
        <source>Ready. Worth a look:</source>
        <translation>Готово. Стоит проверить:</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="296"/>
        <source>Ready to schedule: no problems found.</source>
        <translation>Можно планировать: проблем не найдено.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/settings_page.py" line="29"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="36"/>
        <source>Language and time</source>
        <translation>Язык и время</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="45"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="53"/>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="55"/>
        <location filename="../../ui/settings_page.py" line="126"/>
        <source>Posting times are shown and scheduled in this time zone.</source>
        <translation>Время публикаций показывается и планируется в этом часовом поясе.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="61"/>
        <source>Your data</source>
        <translation>Ваши данные</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="64"/>
        <source>Data folder</source>
        <translation>Папка данных</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="65"/>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="66"/>
        <source>Log files</source>
        <translation>Журналы</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="72"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="83"/>
        <source>About SMM Desk…</source>
        <translation>О программе SMM Desk…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="123"/>
        <source>Unknown time zone: pick one from the list.</source>
        <translation>Неизвестный часовой пояс: выберите его из списка.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="132"/>
        <source>The new language is used from the next start.</source>
        <translation>Новый язык будет применён при следующем запуске.</translation>
    </message>
</context>
<context>
    <name>SnippetBar</name>
    <message>
        <location filename="../../ui/composer/snippets.py" line="59"/>
        <source>Hashtag sets</source>
        <translation>Наборы хештегов</translation>
    </message>
    <message>
        <location filename="../../ui/composer/snippets.py" line="62"/>
        <source>Templates</source>
        <translation>Шаблоны</translation>
    </message>
    <message>
        <location filename="../../ui/composer/snippets.py" line="93"/>
        <source>Nothing saved yet</source>
        <translation>Пока ничего не сохранено</translation>
    </message>
    <message>
        <location filename="../../ui/composer/snippets.py" line="96"/>
        <source>Save this post&apos;s hashtags as a set…</source>
        <translation>Сохранить хештеги поста как набор…</translation>
    </message>
    <message>
        <location filename="../../ui/composer/snippets.py" line="98"/>
        <source>Save the selected text as a template…</source>
        <translation>Сохранить выделенный текст как шаблон…</translation>
    </message>
    <message>
        <location filename="../../ui/composer/snippets.py" line="104"/>
        <source>%1 · %2 hashtags</source>
        <translation>%1 · хештегов: %2</translation>
    </message>
    <message>
        <location filename="../../ui/composer/snippets.py" line="113"/>
        <source>More hashtags than %1 allow(s).</source>
        <translation>Хештегов больше, чем допускает %1.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/snippets.py" line="134"/>
        <source>This post has no hashtags to save.</source>
        <translation>В этом посте нет хештегов для сохранения.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/snippets.py" line="136"/>
        <source>Save hashtag set</source>
        <translation>Сохранить набор хештегов</translation>
    </message>
    <message>
        <location filename="../../ui/composer/snippets.py" line="136"/>
        <location filename="../../ui/composer/snippets.py" line="146"/>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <location filename="../../ui/composer/snippets.py" line="144"/>
        <source>Select the text to keep as a template first.</source>
        <translation>Сначала выделите текст для шаблона.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/snippets.py" line="146"/>
        <source>Save template</source>
        <translation>Сохранить шаблон</translation>
    </message>
</context>
<context>
    <name>Stats</name>
    <message>
        <location filename="../../ui/report/labels.py" line="15"/>
        <location filename="../../ui/report/monthly.py" line="149"/>
        <source>Followers</source>
        <translation>Подписчики</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="16"/>
        <source>New followers</source>
        <translation>Новые подписчики</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="17"/>
        <source>Growth</source>
        <translation>Прирост</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="18"/>
        <source>Posts published</source>
        <translation>Опубликовано постов</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="49"/>
        <location filename="../../ui/dashboard/posts_model.py" line="23"/>
        <location filename="../../ui/report/labels.py" line="19"/>
        <source>Reach</source>
        <translation>Охват</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="50"/>
        <source>Likes</source>
        <translation>Лайки</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="51"/>
        <source>Comments</source>
        <translation>Комментарии</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="52"/>
        <source>Shares</source>
        <translation>Репосты</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="53"/>
        <source>Saves</source>
        <translation>Сохранения</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="54"/>
        <source>Link clicks</source>
        <translation>Переходы по ссылке</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="67"/>
        <source>Enter a post&apos;s figures</source>
        <translation>Ввод показателей поста</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="69"/>
        <source>Copy the figures from the platform&apos;s app. Leave a figure at “—” if the platform does not show it. Earlier figures are kept.</source>
        <translation>Перепишите показатели из приложения платформы. Оставьте «—», если платформа показатель не показывает. Прежние значения сохраняются.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="78"/>
        <location filename="../../ui/dashboard/posts_model.py" line="22"/>
        <source>Post</source>
        <translation>Пост</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="127"/>
        <source>Add ad spend</source>
        <translation>Добавить расходы на рекламу</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="129"/>
        <source>Enter what a boosted post or an ad cost, as the ad manager shows it. Impressions, clicks and leads are optional; with them the Dashboard shows CPM, CPC and CPL.</source>
        <translation>Введите стоимость продвижения поста или рекламы, как в рекламном кабинете. Показы, клики и лиды необязательны; с ними «Статистика» покажет CPM, CPC и CPL.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="139"/>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="141"/>
        <source>No particular account</source>
        <translation>Без привязки к аккаунту</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/ad_spend_list.py" line="55"/>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="144"/>
        <location filename="../../ui/dashboard/import_dialog.py" line="114"/>
        <location filename="../../ui/dashboard/posts_model.py" line="21"/>
        <source>Account</source>
        <translation>Аккаунт</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/ad_spend_list.py" line="54"/>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="148"/>
        <source>Platform</source>
        <translation>Платформа</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="150"/>
        <source>e.g. Weekend boost</source>
        <translation>например, продвижение на выходных</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/ad_spend_list.py" line="48"/>
        <source>Money spent on ads, one line per day and campaign. It is used for cost per click, per thousand views, per lead and per new follower.</source>
        <translation>Расходы на рекламу, одна строка на день и кампанию. По ним считается цена клика, тысячи показов, лида и нового подписчика.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/ad_spend_list.py" line="54"/>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="151"/>
        <source>Campaign</source>
        <translation>Кампания</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/ad_spend_list.py" line="54"/>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="155"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/ad_spend_list.py" line="54"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/ad_spend_list.py" line="64"/>
        <source>No ad spend entered yet.</source>
        <translation>Расходы на рекламу пока не введены.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/ad_spend_list.py" line="67"/>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/ad_spend_list.py" line="68"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/ad_spend_list.py" line="127"/>
        <source>Delete ad spend</source>
        <translation>Удалить расходы на рекламу</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/ad_spend_list.py" line="128"/>
        <source>Delete %1 ad spend entries? The costs per click and per follower are computed again without them.</source>
        <translation>Удалить записи о расходах на рекламу (%1)? Цена клика и подписчика будет пересчитана без них.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="159"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="161"/>
        <source>Ad impressions</source>
        <translation>Показы рекламы</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="162"/>
        <source>Ad clicks</source>
        <translation>Клики по рекламе</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="163"/>
        <source>Leads</source>
        <translation>Лиды</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/posts_model.py" line="21"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/posts_model.py" line="22"/>
        <source>Engagement</source>
        <translation>Вовлечённость</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/posts_model.py" line="23"/>
        <location filename="../../ui/report/labels.py" line="20"/>
        <source>Interactions</source>
        <translation>Взаимодействия</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/posts_model.py" line="86"/>
        <source>Double-click to open it</source>
        <translation>Дважды щёлкните, чтобы открыть</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="21"/>
        <source>Engagement rate (by reach)</source>
        <translation>ER (по охвату)</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="22"/>
        <source>Engagement rate (by followers)</source>
        <translation>ER (по подписчикам)</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="23"/>
        <source>Reach rate</source>
        <translation>Доля охвата</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="24"/>
        <source>Click-through rate</source>
        <translation>CTR</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/ad_spend_list.py" line="44"/>
        <location filename="../../ui/report/labels.py" line="25"/>
        <source>Ad spend</source>
        <translation>Расходы на рекламу</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="26"/>
        <source>Cost per 1,000 impressions (CPM)</source>
        <translation>Цена 1000 показов (CPM)</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="27"/>
        <source>Cost per click (CPC)</source>
        <translation>Цена клика (CPC)</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="28"/>
        <source>Cost per lead (CPL)</source>
        <translation>Цена лида (CPL)</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="29"/>
        <source>Cost per new follower</source>
        <translation>Цена подписчика</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="33"/>
        <source>Followers at the end of the period, all chosen accounts together.</source>
        <translation>Подписчики на конец периода, по всем выбранным аккаунтам вместе.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="35"/>
        <source>Followers at the end minus followers at the start of the period.</source>
        <translation>Подписчики на конец периода минус подписчики на начало.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="37"/>
        <source>Growth: (followers at the end − followers at the start) / followers at the start.</source>
        <translation>Прирост: (подписчики на конец − подписчики на начало) / подписчики на начало.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="40"/>
        <source>Posts published in the period, per account.</source>
        <translation>Постов опубликовано за период, по аккаунтам.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="41"/>
        <source>Reach: the people who saw the period&apos;s posts, added up over the posts.</source>
        <translation>Охват: люди, увидевшие посты за период, суммарно по постам.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="43"/>
        <source>Interactions: likes + comments + shares + saves, counting those the platform reports.</source>
        <translation>Взаимодействия: лайки + комментарии + репосты + сохранения, из тех, что сообщает платформа.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="46"/>
        <source>Engagement rate by reach: interactions / reach, over posts that have a reach.</source>
        <translation>ER по охвату: взаимодействия / охват, по постам, у которых есть охват.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="48"/>
        <source>Engagement rate by followers: interactions per post / followers.</source>
        <translation>ER по подписчикам: взаимодействия на пост / подписчики.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="50"/>
        <source>Reach rate: reach per post / followers.</source>
        <translation>Доля охвата: охват поста / подписчики.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="51"/>
        <source>Click-through rate: clicks / impressions (or reach, without impressions).</source>
        <translation>CTR: клики / показы (или охват, если показов нет).</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="53"/>
        <source>Money spent on ads in the period, as entered.</source>
        <translation>Расходы на рекламу за период, как введено.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="54"/>
        <source>CPM: ad spend per 1,000 ad impressions.</source>
        <translation>CPM: расходы на рекламу на 1000 показов рекламы.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="55"/>
        <source>CPC: ad spend / ad clicks.</source>
        <translation>CPC: расходы на рекламу / клики по рекламе.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="56"/>
        <source>CPL: ad spend / leads.</source>
        <translation>CPL: расходы на рекламу / лиды.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="57"/>
        <source>Cost per new follower: ad spend / new followers in the period.</source>
        <translation>Цена подписчика: расходы на рекламу / новые подписчики за период.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="62"/>
        <source>likes</source>
        <translation>лайки</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="63"/>
        <source>comments</source>
        <translation>комментарии</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="64"/>
        <source>shares</source>
        <translation>репосты</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="65"/>
        <source>saves</source>
        <translation>сохранения</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="66"/>
        <source>impressions</source>
        <translation>показы</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="67"/>
        <source>reach</source>
        <translation>охват</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="68"/>
        <source>clicks</source>
        <translation>клики</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="69"/>
        <source>followers</source>
        <translation>подписчики</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="70"/>
        <source>reach of the day</source>
        <translation>охват за день</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="71"/>
        <source>views of the day</source>
        <translation>просмотры за день</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="72"/>
        <source>new followers</source>
        <translation>новые подписчики</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="73"/>
        <source>lost followers</source>
        <translation>отписки</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="82"/>
        <source>Mon</source>
        <translation>Пн</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="82"/>
        <source>Tue</source>
        <translation>Вт</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="83"/>
        <source>Wed</source>
        <translation>Ср</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="83"/>
        <source>Thu</source>
        <translation>Чт</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="84"/>
        <source>Fri</source>
        <translation>Пт</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="84"/>
        <source>Sat</source>
        <translation>Сб</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="85"/>
        <source>Sun</source>
        <translation>Вс</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="108"/>
        <source>not enough data</source>
        <translation>мало данных</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="115"/>
        <source>Counted here: %1.</source>
        <translation>Учтено здесь: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="140"/>
        <source>pp</source>
        <translation>п. п.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/cards.py" line="47"/>
        <source>%1 vs previous period</source>
        <translation>%1 к прошлому периоду</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/cards.py" line="49"/>
        <source>no comparison yet</source>
        <translation>сравнивать пока не с чем</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="119"/>
        <source>Followers over time</source>
        <translation>Подписчики по дням</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="126"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="128"/>
        <source>Followers are counted once a day while SMM Desk runs, or imported from a daily stats file.</source>
        <translation>Подписчики считаются раз в день, пока работает SMM Desk, или импортируются из файла ежедневной статистики.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="134"/>
        <location filename="../../ui/report/monthly.py" line="154"/>
        <source>Engagement rate per post</source>
        <translation>ER по постам</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="140"/>
        <location filename="../../ui/dashboard/charts.py" line="160"/>
        <source>%1 posts</source>
        <translation>постов: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="143"/>
        <source>%1 without a reach figure are left out</source>
        <translation>без охвата не учтено: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="163"/>
        <source>ER %1</source>
        <translation>ER %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="165"/>
        <source>Too few posts to trust</source>
        <translation>Слишком мало постов для выводов</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="192"/>
        <source>Best time to post</source>
        <translation>Лучшее время для постов</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="193"/>
        <source>From your own posts: the mean engagement rate of the posts published in each hour of each weekday. The number is how many posts; grey cells have too few to trust.</source>
        <translation>По вашим постам: средний ER постов, опубликованных в каждый час каждого дня недели. Число — сколько постов; в серых ячейках их слишком мало для выводов.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="204"/>
        <source>Suggested: %1</source>
        <translation>Рекомендуем: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="206"/>
        <source>Not enough posts yet for a suggestion.</source>
        <translation>Пока мало постов для рекомендации.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="207"/>
        <source>%1 posts of the last %2 days; grey: fewer than %3 posts</source>
        <translation>постов за %2 дн.: %1; серые — меньше %3</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="217"/>
        <source>Rubric performance</source>
        <translation>Эффективность рубрик</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="218"/>
        <source>Blue: the rubric&apos;s share of the period&apos;s posts. Grey: its share in your plan. The engagement rate is the mean over the rubric&apos;s posts.</source>
        <translation>Синий: доля рубрики среди постов периода. Серый: её доля в плане. ER — среднее по постам рубрики.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="224"/>
        <source>Blue: share of posts · grey: share in the plan</source>
        <translation>Синий: доля постов · серый: доля в плане</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="67"/>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="68"/>
        <source>What happens</source>
        <translation>Что будет</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="69"/>
        <source>Figures or problem</source>
        <translation>Показатели или проблема</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="50"/>
        <source>new post, imported</source>
        <translation>новый пост, импортирован</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="50"/>
        <source>imported</source>
        <translation>импортировано</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="51"/>
        <source>already imported</source>
        <translation>уже импортировано</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="52"/>
        <source>skipped</source>
        <translation>пропущено</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="84"/>
        <location filename="../../ui/dashboard/page.py" line="148"/>
        <source>Import a stats file</source>
        <translation>Импорт файла статистики</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="91"/>
        <source>Download the stats file from the platform (for Instagram and Facebook: Meta Business Suite › Insights › Content › Export; for X: Analytics › Export data; for VK: Statistics › Export), then choose it here. Nothing is stored until you press Import.</source>
        <translation>Скачайте файл статистики с платформы (Instagram и Facebook: Meta Business Suite › Статистика › Контент › Экспорт; X: Analytics › Export data; VK: Статистика › Экспорт), затем выберите его здесь. Ничего не сохраняется, пока вы не нажмёте «Импорт».</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="100"/>
        <source>The .csv file</source>
        <translation>Файл .csv</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="101"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="105"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="109"/>
        <source>Kind of file</source>
        <translation>Тип файла</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="111"/>
        <source>The only account of that platform</source>
        <translation>Единственный аккаунт этой платформы</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="130"/>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="141"/>
        <source>Choose the stats file</source>
        <translation>Выберите файл статистики</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="142"/>
        <source>CSV files (*.csv *.txt)</source>
        <translation>Файлы CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="155"/>
        <source>Stopping…</source>
        <translation>Останавливаем…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="208"/>
        <source>Reading the file…</source>
        <translation>Читаем файл…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="232"/>
        <source>For %1: %2 rows to import, %3 already imported, %4 with a problem (they are skipped).</source>
        <translation>Для %1: строк к импорту — %2, уже импортировано — %3, с проблемами — %4 (будут пропущены).</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="241"/>
        <source>Importing…</source>
        <translation>Импортируем…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="247"/>
        <source>Imported %1 figures; %2 posts were new to SMM Desk.</source>
        <translation>Импортировано показателей: %1; новых для SMM Desk постов: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="110"/>
        <source>Show one account or all of them together</source>
        <translation>Показать один аккаунт или все вместе</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="115"/>
        <source>Add figures</source>
        <translation>Добавить данные</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="119"/>
        <source>Import a stats file, or enter figures by hand</source>
        <translation>Импортировать файл статистики или ввести показатели вручную</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="121"/>
        <source>Import a stats file…</source>
        <translation>Импорт файла статистики…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="122"/>
        <source>Enter a post&apos;s figures…</source>
        <translation>Ввести показатели поста…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="124"/>
        <source>Add ad spend…</source>
        <translation>Добавить расходы на рекламу…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="125"/>
        <source>Ad spend entries…</source>
        <translation>Записи о расходах…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="128"/>
        <source>Report…</source>
        <translation>Отчёт…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="129"/>
        <source>Save this period as a PDF report, with its numbers as CSV beside it</source>
        <translation>Сохранить период как отчёт PDF, а цифры — рядом в CSV</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="131"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="132"/>
        <source>Fetch the latest figures from the platforms</source>
        <translation>Загрузить свежие показатели с платформ</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="145"/>
        <source>See what works</source>
        <translation>Смотрите, что работает</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="146"/>
        <source>Your followers, reach and best posts appear here once there are figures: connect an account, or import the stats file a platform lets you download.</source>
        <translation>Подписчики, охват и лучшие посты появятся здесь, когда будут данные: подключите аккаунт или импортируйте файл статистики, который можно скачать на платформе.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="159"/>
        <source>Best post</source>
        <translation>Лучший пост</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="176"/>
        <location filename="../../ui/report/monthly.py" line="200"/>
        <source>Top posts</source>
        <translation>Лучшие посты</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="177"/>
        <location filename="../../ui/report/monthly.py" line="204"/>
        <source>Posts that worked least</source>
        <translation>Наименее удачные посты</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="223"/>
        <location filename="../../ui/report/monthly.py" line="105"/>
        <source>All accounts</source>
        <translation>Все аккаунты</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="240"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="255"/>
        <source>The figures could not be loaded: %1</source>
        <translation>Не удалось загрузить показатели: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="285"/>
        <source>%1 new</source>
        <translation>новых: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="295"/>
        <location filename="../../ui/dashboard/page.py" line="301"/>
        <source>The post with the highest engagement rate by reach in the period.</source>
        <translation>Пост с самым высоким ER по охвату за период.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="309"/>
        <source>%1, compared with %2</source>
        <translation>%1 в сравнении с %2</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="348"/>
        <source>Save the report</source>
        <translation>Сохранить отчёт</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="349"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="371"/>
        <source>Report saved: %1</source>
        <translation>Отчёт сохранён: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_bar.py" line="106"/>
        <source>None of your accounts can be read live: import their stats files.</source>
        <translation>Ни один аккаунт нельзя прочитать напрямую: импортируйте их файлы статистики.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_bar.py" line="108"/>
        <source>Stopped; the figures fetched so far are kept.</source>
        <translation>Остановлено; уже загруженные показатели сохранены.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_bar.py" line="130"/>
        <source>Stop</source>
        <translation>Стоп</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_bar.py" line="132"/>
        <source>Stop fetching after the account being read now; what arrived is kept</source>
        <translation>Остановить загрузку после текущего аккаунта; полученное сохранится</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_bar.py" line="154"/>
        <source>The demo workspace shows made-up figures; it never fetches from the platforms.</source>
        <translation>Демо-пространство показывает вымышленные цифры и никогда не обращается к платформам.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_bar.py" line="164"/>
        <source>Stopping after the account being read now…</source>
        <translation>Остановимся после текущего аккаунта…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_bar.py" line="171"/>
        <source>Fetching the latest figures…</source>
        <translation>Загружаем свежие показатели…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_bar.py" line="177"/>
        <source>Fetching the figures of %1 (%2 of %3)…</source>
        <translation>Загружаем показатели %1 (%2 из %3)…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_bar.py" line="190"/>
        <source>The figures could not be fetched: %1</source>
        <translation>Не удалось загрузить показатели: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/period_picker.py" line="35"/>
        <source>Last 7 days</source>
        <translation>7 дней</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/period_picker.py" line="35"/>
        <source>Last 30 days</source>
        <translation>30 дней</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/period_picker.py" line="35"/>
        <source>Last 90 days</source>
        <translation>90 дней</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/period_picker.py" line="36"/>
        <source>This month</source>
        <translation>Этот месяц</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/period_picker.py" line="36"/>
        <source>Last month</source>
        <translation>Прошлый месяц</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/period_picker.py" line="36"/>
        <source>Custom…</source>
        <translation>Период…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/period_picker.py" line="40"/>
        <source>Every figure is compared with the period just before.</source>
        <translation>Каждый показатель сравнивается с предыдущим периодом.</translation>
    </message>
    <message>
        <location filename="../../ui/report/monthly.py" line="50"/>
        <source>SMM Desk report</source>
        <translation>Отчёт SMM Desk</translation>
    </message>
    <message>
        <location filename="../../ui/report/monthly.py" line="101"/>
        <source>Monthly report</source>
        <translation>Отчёт за месяц</translation>
    </message>
    <message>
        <location filename="../../ui/report/monthly.py" line="106"/>
        <source>%1 · compared with %2</source>
        <translation>%1 · в сравнении с %2</translation>
    </message>
    <message>
        <location filename="../../ui/report/monthly.py" line="119"/>
        <source>This period</source>
        <translation>Этот период</translation>
    </message>
    <message>
        <location filename="../../ui/report/monthly.py" line="119"/>
        <source>Previous</source>
        <translation>Прошлый</translation>
    </message>
    <message>
        <location filename="../../ui/report/monthly.py" line="119"/>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <location filename="../../ui/report/monthly.py" line="190"/>
        <source>Best time to post (%1 posts; grey: fewer than %2 posts, too few to trust)</source>
        <translation>Лучшее время для постов (постов: %1; серые — меньше %2, слишком мало для выводов)</translation>
    </message>
    <message>
        <location filename="../../ui/report/monthly.py" line="197"/>
        <source>Rubric mix: share of posts against the plan, and engagement</source>
        <translation>Рубрики: доля постов в сравнении с планом и вовлечённость</translation>
    </message>
    <message>
        <location filename="../../ui/report/painting.py" line="208"/>
        <source>%1 of posts (plan %2) · ER %3</source>
        <translation>%1 (план %2) · ER %3</translation>
    </message>
</context>
<context>
    <name>StatusBarNotifier</name>
    <message numerus="yes">
        <location filename="../../ui/publishing/notifier.py" line="173"/>
        <source>(+%n more)</source>
        <translation>
            <numerusform>(ещё %n)</numerusform>
            <numerusform>(ещё %n)</numerusform>
            <numerusform>(ещё %n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayNotifier</name>
    <message>
        <location filename="../../ui/publishing/notifier.py" line="96"/>
        <location filename="../../ui/publishing/notifier.py" line="119"/>
        <source>SMM Desk</source>
        <translation>SMM Desk</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/notifier.py" line="100"/>
        <source>Open SMM Desk</source>
        <translation>Открыть SMM Desk</translation>
    </message>
</context>
<context>
    <name>VersionTab</name>
    <message>
        <location filename="../../ui/composer/version_tab.py" line="58"/>
        <source>Campaign name, e.g. spring sale</source>
        <translation>Название кампании, например весенняя распродажа</translation>
    </message>
    <message>
        <location filename="../../ui/composer/version_tab.py" line="59"/>
        <source>Add tracking to links</source>
        <translation>Добавить метки к ссылкам</translation>
    </message>
    <message>
        <location filename="../../ui/composer/version_tab.py" line="63"/>
        <source>Adds utm_source=%1, utm_medium=social and utm_campaign to every link in this version, so your website statistics show where visitors came from.</source>
        <translation>Добавляет utm_source=%1, utm_medium=social и utm_campaign к каждой ссылке этой версии, чтобы статистика сайта показывала, откуда пришли посетители.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/version_tab.py" line="137"/>
        <source>Own version for %1.</source>
        <translation>Своя версия для %1.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/version_tab.py" line="142"/>
        <source>Follows the main text. Change it here to adapt it for %1.</source>
        <translation>Повторяет основной текст. Измените его здесь, чтобы адаптировать для %1.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/version_tab.py" line="75"/>
        <source>Different time for this account</source>
        <translation>Другое время для этого аккаунта</translation>
    </message>
    <message>
        <location filename="../../ui/composer/version_tab.py" line="138"/>
        <source>Use the main text again</source>
        <translation>Вернуть основной текст</translation>
    </message>
    <message>
        <location filename="../../ui/composer/version_tab.py" line="144"/>
        <source>Write a separate version</source>
        <translation>Написать отдельную версию</translation>
    </message>
</context>
</TS>
