<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name></name>
    <message>
        <location filename="../../ui/crash.py" line="75"/>
        <location filename="../../ui/crash.py" line="102"/>
        <source>SMM Desk</source>
        <translation>SMM Desk</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="76"/>
        <source>Something went wrong, but your work is safe.</source>
        <translation>Что-то пошло не так, но ваша работа сохранена.</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="80"/>
        <source>SMM Desk keeps running. The details were saved in the log file:
%1</source>
        <translation>SMM Desk продолжает работать. Подробности сохранены в журнале:
%1</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="103"/>
        <source>The data file is damaged, so SMM Desk cannot open it safely.</source>
        <translation>Файл данных повреждён, поэтому SMM Desk не может безопасно его открыть.</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="107"/>
        <source>SMM Desk can put back the newest good copy, saved %1. The damaged file is kept beside it under a new name (%2), never deleted.</source>
        <translation>SMM Desk может восстановить последнюю исправную копию от %1. Повреждённый файл останется рядом под новым именем (%2) и не будет удалён.</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="115"/>
        <source>Put back the copy</source>
        <translation>Восстановить копию</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="116"/>
        <source>Not now</source>
        <translation>Не сейчас</translation>
    </message>
    <message>
        <source>SMM Desk keeps running. The details were saved in the log file:
{path}</source>
        <translation type="vanished">SMM Desk продолжает работать. Подробности сохранены в журнале:
{path}</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about.py" line="86"/>
        <source>About SMM Desk</source>
        <translation>О программе SMM Desk</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="96"/>
        <source>SMM Desk</source>
        <translation>SMM Desk</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation type="vanished">Версия {version}</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="102"/>
        <source>Version %1</source>
        <translation>Версия %1</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="106"/>
        <source>Plan, write, publish and measure your social media posts.</source>
        <translation>Планируйте, пишите, публикуйте посты в соцсетях и оценивайте результат.</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="114"/>
        <source>Your data folder</source>
        <translation>Папка с вашими данными</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="117"/>
        <source>Log files</source>
        <translation>Журналы</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="123"/>
        <source>SMM Desk is built with the open-source components below. Select one to read its license.</source>
        <translation>SMM Desk создан на основе компонентов с открытым кодом, перечисленных ниже. Выберите компонент, чтобы прочитать его лицензию.</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="150"/>
        <source>Select a component to read its license.</source>
        <translation>Выберите компонент, чтобы прочитать его лицензию.</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="160"/>
        <source>Copy details</source>
        <translation>Копировать сведения</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="163"/>
        <source>Copy the version and folders, to paste into a message to support.</source>
        <translation>Скопировать версию и папки, чтобы вставить их в письмо в поддержку.</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="179"/>
        <source>Open folder</source>
        <translation>Открыть папку</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="195"/>
        <source>no file manager answered</source>
        <translation>файловый менеджер не ответил</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="201"/>
        <source>Could not open the folder</source>
        <translation>Не удалось открыть папку</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="203"/>
        <source>SMM Desk could not open the folder (%1). You can find it here:
%2</source>
        <translation>SMM Desk не удалось открыть папку (%1). Она находится здесь:
%2</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="235"/>
        <source>No license text ships with this component; its license is %1.</source>
        <translation>Текст лицензии не поставляется с этим компонентом; его лицензия — %1.</translation>
    </message>
    <message>
        <source>SMM Desk could not open the folder ({reason}). You can find it here:
{folder}</source>
        <translation type="vanished">SMM Desk не удалось открыть папку ({reason}). Она находится здесь:
{folder}</translation>
    </message>
    <message>
        <source>No license text ships with this component; its license is {name}.</source>
        <translation type="vanished">Текст лицензии не поставляется с этим компонентом; его лицензия — {name}.</translation>
    </message>
</context>
<context>
    <name>AccountChips</name>
    <message>
        <location filename="../../ui/composer/widgets.py" line="191"/>
        <source>Needs reconnecting (Accounts screen)</source>
        <translation>Нужно переподключить (экран «Аккаунты»)</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <location filename="../../ui/accounts/model.py" line="31"/>
        <source>Platform</source>
        <translation>Платформа</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="32"/>
        <source>Account</source>
        <translation>Аккаунт</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="33"/>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="34"/>
        <source>Last checked</source>
        <translation>Последняя проверка</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="75"/>
        <source>Needs reconnecting</source>
        <translation>Нужно переподключить</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="77"/>
        <source>Disconnected</source>
        <translation>Отключён</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="80"/>
        <source>Reconnect by %1</source>
        <translation>Переподключить до %1</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="82"/>
        <source>Reminders (you post)</source>
        <translation>Напоминания (публикуете вы)</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="83"/>
        <source>Connected</source>
        <translation>Подключён</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <location filename="../../ui/accounts/page.py" line="73"/>
        <source>Accounts</source>
        <translation>Аккаунты</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="80"/>
        <location filename="../../ui/accounts/page.py" line="89"/>
        <location filename="../../ui/accounts/page.py" line="94"/>
        <source>Connect an account</source>
        <translation>Подключить аккаунт</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="91"/>
        <source>Connect Bluesky, Mastodon or Telegram and SMM Desk posts for you at the planned time. Add Instagram and the others to get a reminder with everything ready.</source>
        <translation>Подключите Bluesky, Mastodon или Telegram, и SMM Desk опубликует пост за вас в запланированное время. Добавьте Instagram и другие площадки, чтобы получать напоминание со всем готовым к публикации.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="138"/>
        <source>Test connection</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="145"/>
        <source>Allow photos…</source>
        <translation>Разрешить фото…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="147"/>
        <source>Add a user token so SMM Desk can post VK posts with photos by itself</source>
        <translation>Добавить токен пользователя, чтобы SMM Desk сам публиковал посты с фото во VK</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="153"/>
        <source>Photo hosting…</source>
        <extracomment>VK accounts whose user token is in the keyring (read with the list, off the GUI thread)</extracomment>
        <translation>Хостинг фото…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="173"/>
        <source>Details</source>
        <translation>Подробнее</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="295"/>
        <source>The %1 login of %2 stopped working on %3. Reconnect it: its posts wait until you do.</source>
        <translation>Вход в %1 для %2 перестал действовать %3. Переподключите аккаунт: до этого его посты будут ждать.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="305"/>
        <source>The %1 login of %2 stops working on %3 and SMM Desk could not renew it by itself. Reconnect it before then, or its posts will wait.</source>
        <translation>Вход в %1 для %2 перестанет действовать %3, и SMM Desk не удалось продлить его самостоятельно. Переподключите аккаунт до этой даты, иначе его посты будут ждать.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/accounts/page.py" line="313"/>
        <source>%n more account(s) need the same.</source>
        <translation>
            <numerusform>То же нужно сделать ещё для %n аккаунта.</numerusform>
            <numerusform>То же нужно сделать ещё для %n аккаунтов.</numerusform>
            <numerusform>То же нужно сделать ещё для %n аккаунтов.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="346"/>
        <source>Something went wrong (%1). Try again; details are in the log.</source>
        <translation>Что-то пошло не так (%1). Попробуйте ещё раз; подробности в журнале.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="374"/>
        <source>%1 added. SMM Desk will remind you when its posts are due.</source>
        <translation>Аккаунт %1 добавлен. SMM Desk напомнит вам, когда придёт время его постов.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="379"/>
        <source>%1 is connected and works.</source>
        <translation>Аккаунт %1 подключён и работает.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="401"/>
        <source>Photos allowed for %1 (with the token of %2): SMM Desk now posts its VK posts with photos by itself.</source>
        <translation>Фото разрешены для %1 (с токеном %2): теперь SMM Desk сам публикует его посты с фото во VK.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="419"/>
        <source>Testing %1…</source>
        <translation>Проверяем %1…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="425"/>
        <source>%1 works.</source>
        <translation>Аккаунт %1 работает.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="446"/>
        <source>Remove %1? Its saved login is deleted; posts already sent stay in your plan. Click &quot;Yes, remove&quot; to go ahead.</source>
        <translation>Удалить %1? Сохранённый вход будет удалён; уже отправленные посты останутся в плане. Нажмите «Да, удалить», чтобы продолжить.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="113"/>
        <location filename="../../ui/accounts/page.py" line="140"/>
        <source>Reconnect…</source>
        <translation>Переподключить…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="142"/>
        <location filename="../../ui/accounts/page.py" line="254"/>
        <location filename="../../ui/accounts/page.py" line="454"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Something went wrong ({name}). Try again; details are in the log.</source>
        <translation type="vanished">Что-то пошло не так ({name}). Попробуйте ещё раз; подробности в журнале.</translation>
    </message>
    <message>
        <source>{handle} added. SMM Desk will remind you when its posts are due.</source>
        <translation type="vanished">{handle} добавлен. SMM Desk напомнит вам, когда придёт время его постов.</translation>
    </message>
    <message>
        <source>{handle} is connected and works.</source>
        <translation type="vanished">{handle} подключён и работает.</translation>
    </message>
    <message>
        <source>Testing {handle}…</source>
        <translation type="vanished">Проверяем {handle}…</translation>
    </message>
    <message>
        <source>{handle} works.</source>
        <translation type="vanished">{handle} работает.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="442"/>
        <source>Yes, remove</source>
        <translation>Да, удалить</translation>
    </message>
    <message>
        <source>Remove {handle}? Its saved login is deleted; posts already sent stay in your plan. Click &quot;Yes, remove&quot; to go ahead.</source>
        <translation type="vanished">Удалить {handle}? Сохранённый вход будет удалён; уже отправленные посты останутся в плане. Нажмите «Да, удалить», чтобы продолжить.</translation>
    </message>
</context>
<context>
    <name>AllowPhotosDialog</name>
    <message>
        <location filename="../../ui/accounts/vk_photos.py" line="42"/>
        <source>Allow photos for %1</source>
        <translation>Разрешить фото для %1</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/vk_photos.py" line="47"/>
        <source>VK lets only a person upload photos to a community&apos;s wall, not the community&apos;s own token. With a user token of an administrator of the community, SMM Desk posts your VK posts with photos by itself. Without it, it posts the text-only ones and reminds you to post the ones with photos.</source>
        <translation>VK позволяет загружать фото на стену сообщества только человеку, а не токену самого сообщества. С токеном пользователя — администратора сообщества SMM Desk сам публикует ваши посты с фото во VK. Без него SMM Desk публикует только посты без фото и напоминает вам опубликовать посты с фото.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/vk_photos.py" line="57"/>
        <source>Paste a user token of an administrator of the community with the rights photos and wall. SMM Desk keeps it in your computer&apos;s password store, next to the community token.</source>
        <translation>Вставьте токен пользователя — администратора сообщества с правами photos и wall. SMM Desk сохранит его в хранилище паролей компьютера рядом с токеном сообщества.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/vk_photos.py" line="68"/>
        <source>Paste the user token</source>
        <translation>Вставить токен пользователя</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/vk_photos.py" line="69"/>
        <source>User token</source>
        <translation>Токен пользователя</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/vk_photos.py" line="81"/>
        <location filename="../../ui/accounts/vk_photos.py" line="108"/>
        <source>Allow photos</source>
        <translation>Разрешить фото</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/vk_photos.py" line="82"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/vk_photos.py" line="90"/>
        <source>Paste the user token first.</source>
        <translation>Сначала вставьте токен пользователя.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/vk_photos.py" line="93"/>
        <source>Checking…</source>
        <translation>Проверяем…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/vk_photos.py" line="113"/>
        <source>Checking failed unexpectedly (%1). Try again.</source>
        <translation>Проверка неожиданно не удалась (%1). Попробуйте ещё раз.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../app.py" line="180"/>
        <source>SMM Desk</source>
        <translation>SMM Desk</translation>
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
    <name>CheckPage</name>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="433"/>
        <source>Checking the connection</source>
        <translation>Проверка подключения</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="469"/>
        <source>Asking %1 whether the token works…</source>
        <extracomment>The values the account was connected with; a second visit with the same values shows the result again instead of connecting twice.</extracomment>
        <translation>Спрашиваем у %1, работает ли токен…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="471"/>
        <source>Adding the account…</source>
        <translation>Добавляем аккаунт…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="489"/>
        <source>Not connected yet</source>
        <translation>Ещё не подключено</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="498"/>
        <source>Connected as %1</source>
        <translation>Подключено как %1</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="501"/>
        <source>%1 added</source>
        <translation>Аккаунт %1 добавлен</translation>
    </message>
</context>
<context>
    <name>ComponentsModel</name>
    <message>
        <location filename="../../ui/about.py" line="49"/>
        <source>Component</source>
        <translation>Компонент</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="49"/>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="49"/>
        <source>License</source>
        <translation>Лицензия</translation>
    </message>
</context>
<context>
    <name>ComposePage</name>
    <message>
        <location filename="../../ui/composer/page.py" line="135"/>
        <source>Post to:</source>
        <translation>Куда:</translation>
    </message>
    <message>
        <location filename="../../ui/composer/page.py" line="139"/>
        <source>Rubric:</source>
        <translation>Рубрика:</translation>
    </message>
    <message>
        <location filename="../../ui/composer/page.py" line="145"/>
        <source>New post</source>
        <translation>Новый пост</translation>
    </message>
    <message>
        <location filename="../../ui/composer/page.py" line="150"/>
        <source>No accounts yet: add one on the Accounts screen. You can already write.</source>
        <translation>Аккаунтов пока нет: добавьте аккаунт на экране «Аккаунты». Писать можно уже сейчас.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/page.py" line="166"/>
        <source>Write your post here. Each account can get its own version in its tab.</source>
        <translation>Напишите пост здесь. Для каждого аккаунта можно сделать свою версию на его вкладке.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/page.py" line="191"/>
        <source>Instagram shape:</source>
        <translation>Формат Instagram:</translation>
    </message>
    <message>
        <location filename="../../ui/composer/page.py" line="306"/>
        <source>Something went wrong: %1. Your text is still here.</source>
        <translation>Что-то пошло не так: %1. Ваш текст на месте.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/page.py" line="179"/>
        <source>Main text</source>
        <translation>Основной текст</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="42"/>
        <source>Handle</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="44"/>
        <source>App password</source>
        <translation>Пароль приложения</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="45"/>
        <source>In Bluesky: Settings &gt; Privacy and security &gt; App passwords &gt; Add. Never use your main password here.</source>
        <translation>В Bluesky: «Настройки» › «Конфиденциальность и безопасность» › «Пароли для приложений» › «Добавить». Никогда не вводите здесь основной пароль.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="52"/>
        <source>Account name</source>
        <translation>Имя аккаунта</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="54"/>
        <source>Access token</source>
        <translation>Токен доступа</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="55"/>
        <source>On your server: Preferences &gt; Development &gt; New application (allow read and write), then copy &quot;Your access token&quot;.</source>
        <translation>На вашем сервере: «Настройки» › «Разработка» › «Новое приложение» (разрешите чтение и запись), затем скопируйте «Ваш токен доступа».</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="62"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="64"/>
        <source>Bot token</source>
        <translation>Токен бота</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="65"/>
        <source>Ask @BotFather for a bot (/newbot) and copy its token. Then make the bot an administrator of your channel who may post messages.</source>
        <translation>Создайте бота у @BotFather (/newbot) и скопируйте его токен. Затем сделайте бота администратором канала с правом «Публикация сообщений».</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="72"/>
        <source>Community</source>
        <translation>Сообщество</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="74"/>
        <source>Community token</source>
        <translation>Токен сообщества</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="75"/>
        <source>In VK, open your community &gt; Manage &gt; API usage &gt; Create token. Allow wall, photos and manage, then copy the token. SMM Desk posts as the community.</source>
        <translation>Во VK откройте сообщество › «Управление» › «Работа с API» › «Создать ключ». Разрешите доступ к стене, фотографиям и управлению сообществом, затем скопируйте ключ (токен). SMM Desk публикует от имени сообщества.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="83"/>
        <source>Optional, for photos: VK lets only a person upload photos to a wall. Paste a user token of an administrator of the community with the rights photos and wall. Without it, SMM Desk posts the text of VK posts by itself and reminds you to post the ones with photos.</source>
        <extracomment>VK: photos need a person&apos;s token (VK does not let a community token upload them).</extracomment>
        <translation>Необязательно, для фото: VK позволяет загружать фото на стену только человеку. Вставьте токен пользователя — администратора сообщества с правами photos и wall. Без него SMM Desk сам публикует текст постов во VK и напоминает вам опубликовать посты с фото.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="89"/>
        <source>SMM Desk cannot post here by itself. At the planned time it reminds you, copies the text and saves the photos in a folder; you post and mark it done.</source>
        <translation>SMM Desk не может публиковать здесь сам. В запланированное время он напомнит вам, скопирует текст и сохранит фото в папку; вы публикуете пост и отмечаете его как опубликованный.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="95"/>
        <source>Meta lets SMM Desk in only through a small app of your own at developers.facebook.com. The guided setup takes you through it step by step, in about ten minutes.</source>
        <extracomment>Facebook Pages, Instagram and Threads need an app of the owner&apos;s own: the guided setup.</extracomment>
        <translation>Meta пускает SMM Desk только через ваше собственное небольшое приложение на developers.facebook.com. Пошаговая настройка проведёт вас через всё примерно за десять минут.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="102"/>
        <source>Click &quot;Open the sign-in page&quot;: your server opens in the browser. Sign in, allow SMM Desk, then copy the code it shows and paste it here.</source>
        <translation>Нажмите «Открыть страницу входа»: ваш сервер откроется в браузере. Войдите, разрешите доступ SMM Desk, затем скопируйте показанный код и вставьте его сюда.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="133"/>
        <source>Reconnect account</source>
        <extracomment>Opens a web address in the browser (tests record it instead).</extracomment>
        <translation>Переподключить аккаунт</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="133"/>
        <source>Connect an account</source>
        <translation>Подключить аккаунт</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="144"/>
        <source>Platform</source>
        <translation>Платформа</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="145"/>
        <location filename="../../ui/accounts/connect_dialog.py" line="264"/>
        <source>Server address</source>
        <translation>Адрес сервера</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="156"/>
        <source>User token (optional)</source>
        <translation>Токен пользователя (необязательно)</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="159"/>
        <source>Only for posts with photos</source>
        <translation>Только для постов с фото</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="163"/>
        <source>How</source>
        <translation>Способ</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="167"/>
        <source>Sign in through the browser (easiest)</source>
        <translation>Войти через браузер (проще всего)</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="168"/>
        <source>Paste an access token</source>
        <translation>Вставить токен доступа</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="177"/>
        <source>Open the sign-in page</source>
        <translation>Открыть страницу входа</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="188"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="190"/>
        <source>Paste the code your server shows</source>
        <translation>Вставьте код, который показал сервер</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="208"/>
        <location filename="../../ui/accounts/connect_dialog.py" line="232"/>
        <location filename="../../ui/accounts/connect_dialog.py" line="444"/>
        <source>Reconnect</source>
        <translation>Переподключить</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="208"/>
        <location filename="../../ui/accounts/connect_dialog.py" line="232"/>
        <location filename="../../ui/accounts/connect_dialog.py" line="444"/>
        <source>Connect</source>
        <translation>Подключить</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="254"/>
        <source>(filled in from your server)</source>
        <translation>(заполняется по данным сервера)</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="262"/>
        <source>Server (leave empty for bsky.social)</source>
        <translation>Сервер (пусто — bsky.social)</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="296"/>
        <source>Start the guided setup…</source>
        <translation>Начать пошаговую настройку…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="345"/>
        <source>Enter your server&apos;s address first, e.g. mastodon.social</source>
        <translation>Сначала введите адрес сервера, например mastodon.social</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="354"/>
        <source>Open the sign-in page again</source>
        <translation>Открыть страницу входа снова</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="358"/>
        <source>If the browser did not open, &lt;a href=&quot;%1&quot;&gt;click here&lt;/a&gt;.</source>
        <translation>Если браузер не открылся, &lt;a href=&quot;%1&quot;&gt;нажмите здесь&lt;/a&gt;.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="449"/>
        <source>Connecting failed unexpectedly (%1). Try again.</source>
        <translation>Подключение неожиданно не удалось (%1). Попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>If the browser did not open, &lt;a href=&quot;{url}&quot;&gt;click here&lt;/a&gt;.</source>
        <translation type="vanished">Если браузер не открылся, &lt;a href=&quot;{url}&quot;&gt;нажмите здесь&lt;/a&gt;.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="382"/>
        <location filename="../../ui/accounts/connect_dialog.py" line="422"/>
        <source>Checking…</source>
        <translation>Проверяем…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="415"/>
        <source>Click &quot;Open the sign-in page&quot; first.</source>
        <translation>Сначала нажмите «Открыть страницу входа».</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="418"/>
        <source>Paste the code your server showed after you allowed it.</source>
        <translation>Вставьте код, который сервер показал после того, как вы разрешили доступ.</translation>
    </message>
    <message>
        <source>Connecting failed unexpectedly ({name}). Try again.</source>
        <translation type="vanished">Подключение неожиданно не удалось ({name}). Попробуйте ещё раз.</translation>
    </message>
</context>
<context>
    <name>CounterBar</name>
    <message>
        <location filename="../../ui/composer/widgets.py" line="243"/>
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
        <location filename="../../ui/calendar/delegate.py" line="222"/>
        <location filename="../../ui/calendar/delegate.py" line="227"/>
        <source>nothing planned</source>
        <translation>ничего не запланировано</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar/delegate.py" line="136"/>
        <source>+%n more</source>
        <translation>
            <numerusform>ещё %n</numerusform>
            <numerusform>ещё %n</numerusform>
            <numerusform>ещё %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar/delegate.py" line="137"/>
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
        <location filename="../../ui/calendar/details.py" line="41"/>
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/details.py" line="43"/>
        <source>Open this post in Compose (or double-click it)</source>
        <translation>Открыть пост в разделе «Пост» (или двойной щелчок по нему)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/details.py" line="57"/>
        <source>No post selected</source>
        <translation>Пост не выбран</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/details.py" line="60"/>
        <source>Click a post to see it here. Drag it to another day to move it; hold Ctrl while dropping to copy it.</source>
        <translation>Нажмите на пост, чтобы увидеть его здесь. Перетащите его на другой день, чтобы перенести; удерживайте Ctrl при отпускании, чтобы скопировать.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/details.py" line="82"/>
        <source>No rubric</source>
        <translation>Без рубрики</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/details.py" line="87"/>
        <source>Needs a photo for %1: open it and add one.</source>
        <translation>Нужно фото для %1: откройте пост и добавьте его.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="308"/>
        <location filename="../../ui/calendar/import_dialog.py" line="345"/>
        <source>Export the plan</source>
        <translation>Экспорт плана</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="316"/>
        <source>Spreadsheet (CSV)</source>
        <translation>Таблица (CSV)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="317"/>
        <source>Calendar file (.ics)</source>
        <translation>Календарь (.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="318"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="319"/>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="320"/>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="323"/>
        <source>Both days are included. A CSV opens in a spreadsheet and can be imported again; an .ics file opens in Google Calendar, Apple Calendar, Outlook or Thunderbird.</source>
        <translation>Оба дня включаются. CSV открывается в табличном редакторе и может быть импортирован снова; файл .ics открывается в Google Календаре, Apple Календаре, Outlook или Thunderbird.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="333"/>
        <source>Save as…</source>
        <translation>Сохранить как…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="362"/>
        <source>Could not save %1: %2</source>
        <translation>Не удалось сохранить %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="365"/>
        <source>Saved %1 posts to %2.</source>
        <translation>Сохранено в %2 (постов: %1).</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="151"/>
        <source>All states</source>
        <translation>Все состояния</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="153"/>
        <source>Scheduled</source>
        <translation>Запланированные</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="154"/>
        <source>Drafts</source>
        <translation>Черновики</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="155"/>
        <source>Published</source>
        <translation>Опубликованные</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="156"/>
        <source>Failed</source>
        <translation>С ошибкой</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="157"/>
        <source>Needs attention</source>
        <translation>Требуют внимания</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="158"/>
        <source>Needs you</source>
        <translation>Ждут вас</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="164"/>
        <source>Search posts (Ctrl+F)</source>
        <translation>Поиск постов (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="190"/>
        <source>All accounts</source>
        <translation>Аккаунты</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="194"/>
        <source>All platforms</source>
        <translation>Платформы</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="199"/>
        <source>All rubrics</source>
        <translation>Все рубрики</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="202"/>
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
        <location filename="../../ui/publishing/publisher.py" line="133"/>
        <source>SMM Desk: %n post(s) waiting to be published</source>
        <translation>
            <numerusform>SMM Desk: %n пост ждёт публикации</numerusform>
            <numerusform>SMM Desk: %n поста ждут публикации</numerusform>
            <numerusform>SMM Desk: %n постов ждут публикации</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/publishing/publisher.py" line="139"/>
        <source>Publishing paused: %1</source>
        <translation>Публикация приостановлена: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/publishing/publisher.py" line="152"/>
        <source>%n post(s) published</source>
        <translation>
            <numerusform>%n пост опубликован</numerusform>
            <numerusform>%n поста опубликованы</numerusform>
            <numerusform>%n постов опубликовано</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/publishing/publisher.py" line="154"/>
        <source>%n will be retried</source>
        <translation>
            <numerusform>%n будет повторён</numerusform>
            <numerusform>%n будут повторены</numerusform>
            <numerusform>%n будут повторены</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/publishing/publisher.py" line="156"/>
        <source>%n failed — see why in the plan</source>
        <translation>
            <numerusform>%n с ошибкой — причина в плане</numerusform>
            <numerusform>%n с ошибкой — причина в плане</numerusform>
            <numerusform>%n с ошибкой — причина в плане</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/publishing/publisher.py" line="158"/>
        <source>%n need(s) checking</source>
        <translation>
            <numerusform>%n нужно проверить</numerusform>
            <numerusform>%n нужно проверить</numerusform>
            <numerusform>%n нужно проверить</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/publishing/publisher.py" line="231"/>
        <source>Time to post on %1</source>
        <translation>Пора публиковать в %1</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/publisher.py" line="234"/>
        <source>The text is copied and the photos are in a folder. Click here to see the post for %1.</source>
        <translation>Текст скопирован, фото лежат в папке. Нажмите, чтобы открыть пост для %1.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/publisher.py" line="244"/>
        <source>A post to %1 failed</source>
        <translation>Пост в %1 не опубликован</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/publisher.py" line="251"/>
        <source>Check a post on %1</source>
        <translation>Проверьте пост в %1</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/publisher.py" line="254"/>
        <source>SMM Desk cannot tell whether the post to %1 went out. Click here to check it.</source>
        <translation>SMM Desk не может определить, вышел ли пост в %1. Нажмите, чтобы проверить.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/publisher.py" line="279"/>
        <source>Reconnect %1 on %2</source>
        <translation>Переподключите %1 в %2</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/publisher.py" line="245"/>
        <source>Click here to see why.</source>
        <translation>Нажмите, чтобы узнать причину.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/publisher.py" line="281"/>
        <source>Its posts wait until you sign in again. Click here to reconnect.</source>
        <translation>Его посты ждут, пока вы снова не войдёте. Нажмите, чтобы переподключить.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="127"/>
        <source>Import posts from a spreadsheet</source>
        <translation>Импорт постов из таблицы</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="134"/>
        <source>A CSV file with the columns scheduled_at, accounts, text, media and rubric. Nothing is imported until every row is fine.</source>
        <translation>Файл CSV со столбцами scheduled_at, accounts, text, media и rubric. Ничего не импортируется, пока все строки не будут в порядке.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="143"/>
        <source>No file chosen</source>
        <translation>Файл не выбран</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="144"/>
        <source>Choose file…</source>
        <translation>Выбрать файл…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="146"/>
        <source>Check again</source>
        <translation>Проверить снова</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="148"/>
        <source>Read the file again after you fixed and saved it in your spreadsheet</source>
        <translation>Прочитать файл заново после исправления и сохранения в таблице</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="157"/>
        <source>Rows without a date go into the queue (otherwise they become ideas)</source>
        <translation>Строки без даты ставятся в очередь (иначе становятся идеями)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="160"/>
        <source>Show only the rows with a problem</source>
        <translation>Показывать только строки с проблемами</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="183"/>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="195"/>
        <source>Choose a CSV file</source>
        <translation>Выберите файл CSV</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="195"/>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="237"/>
        <source>Checking the rows: %1 of %2…</source>
        <translation>Проверка строк: %1 из %2…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="259"/>
        <source>%1 of %2 rows have a problem (in red). Fix them in your spreadsheet, save, and press Check again. Nothing has been imported.</source>
        <translation>Строк с проблемами (выделены красным): %1 из %2. Исправьте их в таблице, сохраните и нажмите «Проверить снова». Ничего не импортировано.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="268"/>
        <source>%1 rows are ready to import.</source>
        <translation>Строк готово к импорту: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="271"/>
        <source>The file has no rows to import.</source>
        <translation>В файле нет строк для импорта.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/rail.py" line="13"/>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <location filename="../../ui/rail.py" line="14"/>
        <source>Compose</source>
        <translation>Пост</translation>
    </message>
    <message>
        <location filename="../../ui/rail.py" line="15"/>
        <source>Dashboard</source>
        <translation>Статистика</translation>
    </message>
    <message>
        <location filename="../../ui/rail.py" line="16"/>
        <source>Media</source>
        <translation>Медиа</translation>
    </message>
    <message>
        <location filename="../../ui/rail.py" line="17"/>
        <source>Accounts</source>
        <translation>Аккаунты</translation>
    </message>
    <message>
        <location filename="../../ui/rail.py" line="18"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="116"/>
        <source>SMM Desk</source>
        <translation>SMM Desk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="133"/>
        <source>Opening your workspace…</source>
        <translation>Открываем рабочее пространство…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="139"/>
        <source>Opening…</source>
        <translation>Открываем…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="194"/>
        <source>SMM Desk — demo workspace</source>
        <translation>SMM Desk — демо-пространство</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="278"/>
        <source>Workspace not open</source>
        <translation>Рабочее пространство не открыто</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="363"/>
        <source>No accounts connected yet</source>
        <translation>Аккаунты ещё не подключены</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="365"/>
        <source>No posts scheduled today</source>
        <translation>На сегодня постов нет</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="367"/>
        <source>%n post(s) scheduled today</source>
        <translation>
            <numerusform>Сегодня запланирован %n пост</numerusform>
            <numerusform>Сегодня запланировано %n поста</numerusform>
            <numerusform>Сегодня запланировано %n постов</numerusform>
        </translation>
    </message>
    <message>
        <source>next at {time}</source>
        <translation type="vanished">следующий в {time}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="371"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n с ошибкой</numerusform>
            <numerusform>%n с ошибкой</numerusform>
            <numerusform>%n с ошибкой</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="373"/>
        <source>%n need(s) you</source>
        <translation>
            <numerusform>%n ждёт вас</numerusform>
            <numerusform>%n ждут вас</numerusform>
            <numerusform>%n ждут вас</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="376"/>
        <source>Click to see the posts that need you</source>
        <translation>Нажмите, чтобы увидеть посты, которые ждут вас</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="378"/>
        <source>Click to see today&apos;s plan</source>
        <translation>Нажмите, чтобы увидеть план на сегодня</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="440"/>
        <source>Network status unknown</source>
        <translation>Состояние сети неизвестно</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="436"/>
        <source>Online</source>
        <translation>В сети</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="369"/>
        <source>next at %1</source>
        <translation>следующий в %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="438"/>
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
        <location filename="../../ui/media/intake.py" line="111"/>
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
        <location filename="../../ui/media/details.py" line="90"/>
        <source>Click the most important spot of the photo: every crop keeps it.</source>
        <translation>Нажмите на самое важное место фото: при любой обрезке оно сохранится.</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="103"/>
        <source>Description for people who cannot see the photo (alt text)</source>
        <translation>Описание для незрячих людей (альтернативный текст)</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="108"/>
        <source>For example: Three golden croissants on a wooden board</source>
        <translation>Например: три румяных круассана на деревянной доске</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="112"/>
        <source>Used in</source>
        <translation>Где используется</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="119"/>
        <location filename="../../ui/media/page.py" line="295"/>
        <source>Delete photo</source>
        <translation>Удалить фото</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="124"/>
        <source>What each platform will show</source>
        <translation>Как фото покажет каждая платформа</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="180"/>
        <source>Not used in any post yet</source>
        <translation>Пока не используется в постах</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="43"/>
        <location filename="../../ui/media/details.py" line="184"/>
        <source>scheduled</source>
        <translation>запланирован</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="42"/>
        <source>draft</source>
        <translation>черновик</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="44"/>
        <source>publishing</source>
        <translation>публикуется</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="45"/>
        <source>will retry</source>
        <translation>повтор позже</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="46"/>
        <source>published</source>
        <translation>опубликован</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="47"/>
        <source>failed</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="48"/>
        <source>needs attention</source>
        <translation>требует внимания</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="49"/>
        <source>to post now</source>
        <translation>пора публиковать</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="50"/>
        <source>skipped</source>
        <translation>пропущен</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="188"/>
        <source>no account yet</source>
        <translation>аккаунта пока нет</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="189"/>
        <source>Untitled post</source>
        <translation>Пост без названия</translation>
    </message>
    <message>
        <location filename="../../ui/media/page.py" line="219"/>
        <source>Import photos</source>
        <translation>Импорт фото</translation>
    </message>
    <message>
        <location filename="../../ui/media/page.py" line="219"/>
        <source>Photos</source>
        <translation>Фото</translation>
    </message>
    <message>
        <location filename="../../ui/media/intake.py" line="168"/>
        <source>Importing %1 of %2…</source>
        <translation>Импорт: %1 из %2…</translation>
    </message>
    <message>
        <location filename="../../ui/media/page.py" line="243"/>
        <source>Import stopped.</source>
        <translation>Импорт остановлен.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/media/page.py" line="245"/>
        <source>%n photo(s) added.</source>
        <translation>
            <numerusform>Добавлено %n фото.</numerusform>
            <numerusform>Добавлено %n фото.</numerusform>
            <numerusform>Добавлено %n фото.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/media/page.py" line="247"/>
        <source>%n photo(s) were already in the library.</source>
        <translation>
            <numerusform>%n фото уже было в библиотеке.</numerusform>
            <numerusform>%n фото уже были в библиотеке.</numerusform>
            <numerusform>%n фото уже были в библиотеке.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/media/intake.py" line="137"/>
        <source>Pasted photo</source>
        <translation>Вставленное фото</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/media/page.py" line="287"/>
        <source>This photo is in %n scheduled post(s):</source>
        <translation>
            <numerusform>Это фото есть в %n запланированном посте:</numerusform>
            <numerusform>Это фото есть в %n запланированных постах:</numerusform>
            <numerusform>Это фото есть в %n запланированных постах:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/media/page.py" line="289"/>
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
        <location filename="../../ui/media/previews.py" line="39"/>
        <source>landscape</source>
        <translation>горизонталь</translation>
    </message>
    <message>
        <location filename="../../ui/media/previews.py" line="40"/>
        <source>link</source>
        <translation>ссылка</translation>
    </message>
    <message>
        <location filename="../../ui/media/previews.py" line="41"/>
        <source>photo</source>
        <translation>фото</translation>
    </message>
    <message>
        <location filename="../../ui/media/previews.py" line="42"/>
        <source>pin</source>
        <translation>пин</translation>
    </message>
    <message>
        <location filename="../../ui/media/previews.py" line="43"/>
        <source>portrait</source>
        <translation>вертикаль</translation>
    </message>
    <message>
        <location filename="../../ui/media/previews.py" line="44"/>
        <source>square</source>
        <translation>квадрат</translation>
    </message>
    <message>
        <location filename="../../ui/media/previews.py" line="45"/>
        <source>story</source>
        <translation>история</translation>
    </message>
    <message>
        <location filename="../../ui/media/previews.py" line="46"/>
        <source>thumbnail</source>
        <translation>обложка</translation>
    </message>
    <message>
        <location filename="../../ui/media/previews.py" line="54"/>
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
        <location filename="../../ui/composer/media_strip.py" line="181"/>
        <source>⚠ no description</source>
        <translation>⚠ нет описания</translation>
    </message>
    <message>
        <location filename="../../ui/composer/media_strip.py" line="184"/>
        <source>%1: add a description so people who cannot see it know what it shows</source>
        <translation>%1: добавьте описание, чтобы незрячие люди знали, что на фото</translation>
    </message>
</context>
<context>
    <name>MetaWizard</name>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="74"/>
        <source>Meta lets programs like SMM Desk in only through an app of your own, made at developers.facebook.com. It is free and takes about ten minutes. You have a role on your own app, so you may use it for your own account without Meta&apos;s review.</source>
        <extracomment>The platforms this wizard sets up (the connect dialog opens it for these). &quot;A Meta app (developers.facebook.com/apps)&quot;: threads/get-started, &quot;Before you start&quot;. pages-api/create-an-app: &quot;Meta&apos;s Graph API Explorer allows you to ... get access tokens&quot;. The Access Token Debugger (Meta&apos;s tool; its &quot;Extend Access Token&quot; button is not described in Meta&apos;s reference docs, only on the tool&apos;s page itself). A paragraph before ``text`` (translated on its own: the same one on every intro).</extracomment>
        <translation>Meta пускает такие программы, как SMM Desk, только через ваше собственное приложение, созданное на developers.facebook.com. Это бесплатно и займёт около десяти минут. В своём приложении у вас есть роль, поэтому вы можете пользоваться им для своего аккаунта без проверки со стороны Meta.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="80"/>
        <source>Open developers.facebook.com</source>
        <translation>Открыть developers.facebook.com</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="81"/>
        <source>Open My Apps</source>
        <translation>Открыть «My Apps»</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="99"/>
        <location filename="../../ui/accounts/meta_wizard.py" line="162"/>
        <location filename="../../ui/accounts/meta_wizard.py" line="212"/>
        <source>Before you start</source>
        <translation>Перед началом</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="100"/>
        <source>You need your Facebook login and a Facebook Page you manage. Log in at developers.facebook.com; the first time, Meta asks you to register as a developer (free).</source>
        <translation>Вам понадобятся аккаунт Facebook и страница Facebook, которой вы управляете. Войдите на developers.facebook.com; в первый раз Meta попросит зарегистрироваться как разработчик (бесплатно).</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="111"/>
        <location filename="../../ui/accounts/meta_wizard.py" line="176"/>
        <location filename="../../ui/accounts/meta_wizard.py" line="224"/>
        <source>Create the app</source>
        <translation>Создайте приложение</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="112"/>
        <source>Click &quot;Create app&quot;. Type a name (the name of your shop will do) and your email. When Meta asks what the app is for, choose the use case &quot;Manage everything on your Page&quot;. If Meta asks for an app type instead, choose Business and add the product &quot;Facebook Login for Business&quot;.</source>
        <translation>Нажмите «Create app». Введите название (подойдёт название вашего магазина) и ваш email. Когда Meta спросит, для чего приложение, выберите сценарий «Manage everything on your Page». Если вместо этого Meta спросит тип приложения, выберите «Business» и добавьте продукт «Facebook Login for Business».</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="123"/>
        <location filename="../../ui/accounts/meta_wizard.py" line="234"/>
        <source>Choose the permissions</source>
        <translation>Выберите разрешения</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="124"/>
        <source>On the Dashboard of your app, click &quot;Customize the Manage everything on your Page use case&quot;, then click Add next to each of these permissions (some are there already):</source>
        <translation>На панели приложения («Dashboard») нажмите «Customize the Manage everything on your Page use case», затем нажмите «Add» рядом с каждым из этих разрешений (некоторые уже добавлены):</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="136"/>
        <location filename="../../ui/accounts/meta_wizard.py" line="199"/>
        <location filename="../../ui/accounts/meta_wizard.py" line="259"/>
        <source>Make a token</source>
        <translation>Создайте токен</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="137"/>
        <source>Open the Graph API Explorer. Under &quot;Meta App&quot; choose your app, under &quot;User or Page&quot; choose &quot;Get User Access Token&quot;, and add the permissions of the last step. Click &quot;Generate Access Token&quot;, log in and allow your Page. Then copy the token (the long text in the Access Token box).</source>
        <translation>Откройте Graph API Explorer. В поле «Meta App» выберите своё приложение, в поле «User or Page» — «Get User Access Token» и добавьте разрешения из предыдущего шага. Нажмите «Generate Access Token», войдите и разрешите доступ к своей странице. Затем скопируйте токен (длинный текст в поле «Access Token»).</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="145"/>
        <source>Open the Graph API Explorer</source>
        <translation>Открыть Graph API Explorer</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="148"/>
        <source>Make the token last</source>
        <translation>Продлите токен</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="149"/>
        <source>A token from the Explorer stops working after about an hour. Open the Access Token Debugger, paste the token, click &quot;Debug&quot;, then &quot;Extend Access Token&quot; at the bottom, and copy the new token. It works for about 60 days; SMM Desk asks your Page for its own token with it each time it posts.</source>
        <translation>Токен из Explorer перестаёт работать примерно через час. Откройте Access Token Debugger, вставьте токен, нажмите «Debug», затем «Extend Access Token» внизу и скопируйте новый токен. Он действует около 60 дней; с ним SMM Desk при каждой публикации запрашивает собственный токен вашей страницы.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="157"/>
        <source>Open the Access Token Debugger</source>
        <translation>Открыть Access Token Debugger</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="163"/>
        <source>You need an Instagram professional account (Business or Creator); no Facebook Page is needed. Instagram fetches the photos of a post from a web address, so unless photo hosting is set up, SMM Desk prepares your Instagram posts and reminds you to post them (assisted). You may skip the setup: leave the token empty at the end.</source>
        <translation>Нужен профессиональный аккаунт Instagram («Бизнес» или «Автор»); страница Facebook не нужна. Instagram забирает фото поста по веб-адресу, поэтому, пока не настроен хостинг фото, SMM Desk готовит ваши посты в Instagram и напоминает вам их опубликовать (публикация с вашей помощью). Настройку можно пропустить: в конце оставьте поле токена пустым.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="177"/>
        <source>Click &quot;Create app&quot;. Type a name (the name of your shop will do) and your email. Choose the use case &quot;Manage messaging and content on Instagram&quot;. If Meta asks for an app type, choose Business.</source>
        <translation>Нажмите «Create app». Введите название (подойдёт название вашего магазина) и ваш email. Выберите сценарий «Manage messaging and content on Instagram». Если Meta спросит тип приложения, выберите «Business».</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="187"/>
        <source>Set up Instagram login</source>
        <translation>Настройте вход через Instagram</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="188"/>
        <source>On the Dashboard of your app, click &quot;Customize the Manage messaging and content on Instagram use case&quot; and choose &quot;API setup with Instagram login&quot;. It adds the permissions SMM Desk needs:</source>
        <translation>На панели приложения («Dashboard») нажмите «Customize the Manage messaging and content on Instagram use case» и выберите «API setup with Instagram login». Так добавятся разрешения, нужные SMM Desk:</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="200"/>
        <source>In the menu on the left, click Instagram &gt; &quot;API setup with Instagram business login&quot;. Click &quot;Generate token&quot; next to your Instagram account (if it is not listed, click &quot;Add account&quot; first), log in to Instagram and copy the token.</source>
        <translation>В меню слева нажмите «Instagram» › «API setup with Instagram business login». Нажмите «Generate token» рядом с вашим аккаунтом Instagram (если его нет в списке, сначала нажмите «Add account»), войдите в Instagram и скопируйте токен.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="213"/>
        <source>You need your Threads profile and your Facebook login for developers.facebook.com; the first time, Meta asks you to register as a developer (free).</source>
        <translation>Вам понадобятся профиль Threads и аккаунт Facebook для входа на developers.facebook.com; в первый раз Meta попросит зарегистрироваться как разработчик (бесплатно).</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="225"/>
        <source>Click &quot;Create app&quot;. Type a name (the name of your shop will do) and your email, and choose the use case &quot;Access the Threads API&quot;.</source>
        <translation>Нажмите «Create app». Введите название (подойдёт название вашего магазина) и ваш email, затем выберите сценарий «Access the Threads API».</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="235"/>
        <source>On the Dashboard of your app, click &quot;Customize the Access the Threads API use case&quot; and click Add next to threads_content_publish and threads_manage_insights (threads_basic is there already):</source>
        <translation>На панели приложения («Dashboard») нажмите «Customize the Access the Threads API use case» и нажмите «Add» рядом с threads_content_publish и threads_manage_insights (threads_basic уже добавлено):</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="247"/>
        <source>Add yourself as a tester</source>
        <translation>Добавьте себя в тестировщики</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="248"/>
        <source>Until Meta reviews an app, only its testers may use it. In your app, open App roles &gt; Roles, click &quot;Add People&quot;, choose &quot;Threads Tester&quot; and type your Threads username. Then accept the invitation in Threads: Settings &gt; Account &gt; Website permissions &gt; Invites.</source>
        <translation>Пока Meta не проверит приложение, им могут пользоваться только его тестировщики. В приложении откройте «App roles» › «Roles», нажмите «Add People», выберите «Threads Tester» и введите своё имя пользователя в Threads. Затем примите приглашение в Threads: «Настройки» › «Аккаунт» › «Разрешения для веб-сайтов» › «Приглашения».</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="260"/>
        <source>Back in &quot;Customize the Access the Threads API use case&quot;, open Settings. Under &quot;User Token Generator&quot;, click &quot;Generate access token&quot; next to your profile, allow it, and copy the token.</source>
        <translation>Вернитесь в «Customize the Access the Threads API use case» и откройте «Settings». В разделе «User Token Generator» нажмите «Generate access token» рядом со своим профилем, разрешите доступ и скопируйте токен.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="275"/>
        <source>Page ID</source>
        <translation>ID страницы</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="277"/>
        <source>Your Page ID is a number: on your Page, open About &gt; Page transparency.</source>
        <translation>ID страницы — это число: на своей странице откройте «Информация» › «Прозрачность страницы».</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="281"/>
        <location filename="../../ui/accounts/meta_wizard.py" line="296"/>
        <source>Token</source>
        <translation>Токен</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="284"/>
        <source>Instagram username</source>
        <translation>Имя пользователя Instagram</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="286"/>
        <source>Leave the token empty to skip the setup: SMM Desk then only reminds you to post.</source>
        <translation>Оставьте токен пустым, чтобы пропустить настройку: тогда SMM Desk будет только напоминать вам о публикации.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="290"/>
        <source>Token (optional)</source>
        <translation>Токен (необязательно)</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="293"/>
        <source>Threads username</source>
        <translation>Имя пользователя Threads</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="302"/>
        <source>From now on SMM Desk posts your Facebook posts at the planned time by itself: text, links and up to 10 photos.</source>
        <translation>Теперь SMM Desk сам публикует ваши посты в Facebook в запланированное время: текст, ссылки и до 10 фото.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="307"/>
        <source>SMM Desk keeps the token and checks the account with it. Instagram fetches photos from a web address, so until photo hosting is set up your Instagram posts stay assisted: SMM Desk prepares each one and reminds you to post it.</source>
        <translation>SMM Desk сохраняет токен и проверяет им аккаунт. Instagram забирает фото по веб-адресу, поэтому, пока не настроен хостинг фото, посты в Instagram публикуются с вашей помощью: SMM Desk готовит каждый и напоминает вам его опубликовать.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="313"/>
        <source>From now on SMM Desk posts your Threads posts at the planned time by itself (text up to 500 characters). Threads fetches photos from a web address, so a post with photos stays assisted: SMM Desk reminds you to post it.</source>
        <translation>Теперь SMM Desk сам публикует ваши посты в Threads в запланированное время (текст до 500 символов). Threads забирает фото по веб-адресу, поэтому пост с фото публикуется с вашей помощью: SMM Desk напоминает вам его опубликовать.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="320"/>
        <source>SMM Desk prepares your Instagram posts and reminds you when they are due. Run this setup again (Reconnect) when you want SMM Desk to check the account too.</source>
        <translation>SMM Desk готовит ваши посты в Instagram и напоминает, когда приходит их время. Запустите эту настройку снова («Переподключить»), если хотите, чтобы SMM Desk ещё и проверял аккаунт.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="541"/>
        <source>Set up %1</source>
        <extracomment>Opens a web address in the browser (tests record it instead).</extracomment>
        <translation>Настройка %1</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="546"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="547"/>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="548"/>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="549"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="557"/>
        <location filename="../../ui/accounts/meta_wizard.py" line="560"/>
        <source>Step %1 of %2: %3</source>
        <translation>Шаг %1 из %2: %3</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="591"/>
        <source>%1 did not accept this token. Click Back and paste it again (all of it); if it still fails, make a new token as the steps explain.</source>
        <translation>%1: токен не принят. Нажмите «Назад» и вставьте его снова (целиком); если не поможет, создайте новый токен, как описано в шагах.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="598"/>
        <source>%1

Click Back to change the token, or follow the steps again.</source>
        <translation>%1

Нажмите «Назад», чтобы изменить токен, или пройдите шаги заново.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="602"/>
        <source>Connecting failed unexpectedly (%1). Try again; details are in the log.</source>
        <translation>Подключение неожиданно не удалось (%1). Попробуйте ещё раз; подробности в журнале.</translation>
    </message>
</context>
<context>
    <name>MissedPostsDialog</name>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="50"/>
        <source>Posts that missed their time</source>
        <translation>Пропущенные посты</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="55"/>
        <source>These posts were due while SMM Desk was closed, so they were not sent. Choose for each: post it now, pick a new time, or skip it.</source>
        <translation>Время этих постов наступило, когда SMM Desk был закрыт, поэтому они не отправлены. Для каждого выберите: опубликовать сейчас, назначить новое время или пропустить.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="63"/>
        <source>Was due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="63"/>
        <source>Account</source>
        <translation>Аккаунт</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="63"/>
        <source>Post</source>
        <translation>Пост</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="75"/>
        <source>Post now</source>
        <translation>Опубликовать</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="81"/>
        <source>Move to this time</source>
        <translation>Перенести на это время</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="83"/>
        <source>Skip</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="95"/>
        <source>Decide later</source>
        <translation>Решить позже</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="122"/>
        <source>Select one or more posts first.</source>
        <translation>Сначала выберите один или несколько постов.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="144"/>
        <source>They will be sent in a moment.</source>
        <translation>Сейчас они будут отправлены.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="152"/>
        <source>Moved to the new time.</source>
        <translation>Перенесено на новое время.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="158"/>
        <source>Skipped: they stay in the plan, unsent.</source>
        <translation>Пропущено: посты остаются в плане неотправленными.</translation>
    </message>
</context>
<context>
    <name>MixBar</name>
    <message>
        <location filename="../../ui/calendar/mix_bar.py" line="33"/>
        <source>No rubrics yet: rubrics are the kinds of post you make (products, tips, offers…), and this bar shows their mix against your targets.</source>
        <translation>Рубрик пока нет: рубрики — это виды ваших постов (товары, советы, акции…), а эта шкала показывает их соотношение с вашими целями.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/mix_bar.py" line="40"/>
        <source>Add a rubric…</source>
        <translation>Добавить рубрику…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/mix_bar.py" line="63"/>
        <source>No rubric</source>
        <translation>Без рубрики</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/mix_bar.py" line="69"/>
        <source>%1: %2 (target %3)</source>
        <translation>%1: %2 (цель %3)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar/mix_bar.py" line="76"/>
        <source>Rubric mix of %n post(s): </source>
        <translation>
            <numerusform>Рубрики (постов: %n): </numerusform>
            <numerusform>Рубрики (постов: %n): </numerusform>
            <numerusform>Рубрики (постов: %n): </numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/calendar/mix_bar.py" line="79"/>
        <source>No posts in this month yet: the mix shows once you plan some.</source>
        <translation>В этом месяце постов пока нет: соотношение рубрик появится, когда вы их запланируете.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/mix_bar.py" line="134"/>
        <source>%1 target</source>
        <translation>цель %1</translation>
    </message>
</context>
<context>
    <name>MoveToDateDialog</name>
    <message>
        <location filename="../../ui/calendar/post_menu.py" line="40"/>
        <source>Move to a date</source>
        <translation>Перенос на дату</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_menu.py" line="42"/>
        <source>The post keeps its time of day.</source>
        <translation>Время публикации останется прежним.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_menu.py" line="53"/>
        <source>Move</source>
        <translation>Перенести</translation>
    </message>
</context>
<context>
    <name>NavigationBar</name>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="49"/>
        <source>Previous (Page Up)</source>
        <translation>Назад (Page Up)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="52"/>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="53"/>
        <source>Go to today (Ctrl+T)</source>
        <translation>Перейти к сегодняшнему дню (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="57"/>
        <source>Next (Page Down)</source>
        <translation>Вперёд (Page Down)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="70"/>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="70"/>
        <source>Week</source>
        <translation>Неделя</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="70"/>
        <source>List</source>
        <translation>Список</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="85"/>
        <source>Calendar system</source>
        <translation>Календарь</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="87"/>
        <source>Gregorian</source>
        <translation>Григорианский</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="88"/>
        <source>Persian (Jalali)</source>
        <translation>Персидский (солнечная хиджра)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="89"/>
        <source>Islamic (civil)</source>
        <translation>Исламский (гражданский)</translation>
    </message>
</context>
<context>
    <name>OverlayPanel</name>
    <message>
        <location filename="../../ui/media/overlay_panel.py" line="27"/>
        <source>Bottom right</source>
        <translation>Справа внизу</translation>
    </message>
    <message>
        <location filename="../../ui/media/overlay_panel.py" line="28"/>
        <source>Bottom left</source>
        <translation>Слева внизу</translation>
    </message>
    <message>
        <location filename="../../ui/media/overlay_panel.py" line="29"/>
        <source>Top right</source>
        <translation>Справа вверху</translation>
    </message>
    <message>
        <location filename="../../ui/media/overlay_panel.py" line="30"/>
        <source>Top left</source>
        <translation>Слева вверху</translation>
    </message>
    <message>
        <location filename="../../ui/media/overlay_panel.py" line="42"/>
        <source>Your logo on the photos you post</source>
        <translation>Ваш логотип на публикуемых фото</translation>
    </message>
    <message>
        <location filename="../../ui/media/overlay_panel.py" line="47"/>
        <source>Add my logo (the photos in your library stay as they are)</source>
        <translation>Добавлять мой логотип (фото в библиотеке не меняются)</translation>
    </message>
    <message>
        <location filename="../../ui/media/overlay_panel.py" line="51"/>
        <location filename="../../ui/media/overlay_panel.py" line="85"/>
        <source>No logo chosen yet</source>
        <translation>Логотип ещё не выбран</translation>
    </message>
    <message>
        <location filename="../../ui/media/overlay_panel.py" line="52"/>
        <source>Choose logo…</source>
        <translation>Выбрать логотип…</translation>
    </message>
    <message>
        <location filename="../../ui/media/overlay_panel.py" line="56"/>
        <source>Logo</source>
        <translation>Логотип</translation>
    </message>
    <message>
        <location filename="../../ui/media/overlay_panel.py" line="60"/>
        <source>Corner</source>
        <translation>Угол</translation>
    </message>
    <message>
        <location filename="../../ui/media/overlay_panel.py" line="63"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../../ui/media/overlay_panel.py" line="66"/>
        <source>Visibility</source>
        <translation>Видимость</translation>
    </message>
    <message>
        <location filename="../../ui/media/overlay_panel.py" line="85"/>
        <source>Logo chosen</source>
        <translation>Логотип выбран</translation>
    </message>
    <message>
        <location filename="../../ui/media/overlay_panel.py" line="108"/>
        <source>Choose your logo</source>
        <translation>Выберите логотип</translation>
    </message>
    <message>
        <location filename="../../ui/media/overlay_panel.py" line="110"/>
        <source>Pictures</source>
        <translation>Изображения</translation>
    </message>
</context>
<context>
    <name>PastePage</name>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="386"/>
        <source>Paste the token here</source>
        <translation>Вставьте токен сюда</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="390"/>
        <source>SMM Desk keeps the token in your computer&apos;s password store, never in its data file. The next page checks it with the platform.</source>
        <translation>SMM Desk хранит токен в хранилище паролей вашего компьютера, а не в своём файле данных. На следующей странице токен будет проверен на платформе.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="404"/>
        <source>Paste the token</source>
        <translation>Вставить токен</translation>
    </message>
</context>
<context>
    <name>PhotoHostingDialog</name>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="38"/>
        <source>Photo hosting</source>
        <translation>Хостинг фото</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="43"/>
        <source>Instagram, and Threads for posts with photos, fetch each photo from a web address. With a storage bucket of your own (Amazon S3, Cloudflare R2, Backblaze B2, Wasabi, MinIO…), SMM Desk puts each photo there for one hour under a name nobody can guess, gives Instagram a private link to it, and deletes it after posting. Without one, those posts stay assisted: SMM Desk reminds you and you post them.</source>
        <translation>Instagram, а также Threads для постов с фото, забирают каждое фото по веб-адресу. Если у вас есть свой бакет в облачном хранилище (Amazon S3, Cloudflare R2, Backblaze B2, Wasabi, MinIO…), SMM Desk кладёт туда каждое фото на час под именем, которое невозможно угадать, передаёт Instagram закрытую ссылку на него и удаляет фото после публикации. Без бакета эти посты публикуются с вашей помощью: SMM Desk напоминает, а публикуете вы.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="57"/>
        <source>e.g. eu-central-1 (auto on Cloudflare R2)</source>
        <translation>например, eu-central-1 (auto для Cloudflare R2)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="65"/>
        <source>Endpoint address</source>
        <translation>Адрес эндпоинта</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="66"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="67"/>
        <source>Bucket</source>
        <translation>Бакет</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="68"/>
        <source>Access key ID</source>
        <translation>ID ключа доступа</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="69"/>
        <source>Secret key</source>
        <translation>Секретный ключ</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="73"/>
        <source>Make keys for this bucket only, allowed to put, read, list and delete files. SMM Desk keeps both keys in your system keyring, never in its database.</source>
        <translation>Создайте ключи только для этого бакета, с правами на запись, чтение, просмотр списка и удаление файлов. SMM Desk хранит оба ключа в системном хранилище паролей, а не в своей базе данных.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="91"/>
        <source>Test</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="92"/>
        <source>Test and save</source>
        <translation>Проверить и сохранить</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="93"/>
        <source>Stop using it</source>
        <translation>Отключить</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="108"/>
        <source>Saved in your keyring; type to replace</source>
        <translation>Сохранено в хранилище паролей; введите, чтобы заменить</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="119"/>
        <source>Not set up: Instagram posts, and Threads posts with photos, are assisted.</source>
        <translation>Не настроено: посты в Instagram и посты с фото в Threads публикуются с вашей помощью.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="124"/>
        <source>In use: Instagram and Threads photos go through bucket %1 at %2.</source>
        <translation>Используется: фото для Instagram и Threads идут через бакет %1 на %2.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="158"/>
        <source>Testing: storing a small file, reading it back, deleting it…</source>
        <translation>Проверяем: сохраняем небольшой файл, читаем его обратно, удаляем…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="165"/>
        <source>It works: SMM Desk stored a small file, read it back through a private link and deleted it. Click “Test and save” to use this bucket.</source>
        <translation>Работает: SMM Desk сохранил небольшой файл, прочитал его по закрытой ссылке и удалил. Нажмите «Проверить и сохранить», чтобы использовать этот бакет.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="175"/>
        <source>Testing, then saving…</source>
        <translation>Проверяем, затем сохраняем…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="189"/>
        <source>Saved. Posts due from now on are sent by SMM Desk itself.</source>
        <translation>Сохранено. Посты, время которых наступит с этого момента, SMM Desk отправит сам.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="210"/>
        <source>The storage service said: %1</source>
        <translation>Ответ сервиса хранения: %1</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="216"/>
        <source>The test stopped on an unexpected error (%1).</source>
        <translation>Проверка прервалась из-за непредвиденной ошибки (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="225"/>
        <source>Fill in the endpoint address, the region, the bucket and both keys.</source>
        <translation>Заполните адрес эндпоинта, регион, бакет и оба ключа.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="228"/>
        <source>Check the endpoint address: it starts with https:// and has no path, e.g. https://s3.eu-central-1.amazonaws.com (the bucket goes in its own field).</source>
        <translation>Проверьте адрес эндпоинта: он начинается с https:// и не содержит пути, например https://s3.eu-central-1.amazonaws.com (бакет указывается в отдельном поле).</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="233"/>
        <source>The storage service refused the keys. Check the access key ID and the secret key; copy them again from the service&apos;s console.</source>
        <translation>Сервис хранения не принял ключи. Проверьте ID ключа доступа и секретный ключ; скопируйте их заново из консоли сервиса.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="239"/>
        <source>There is no bucket named %1 at this address. Check the bucket name, the endpoint address and the region.</source>
        <translation>По этому адресу нет бакета %1. Проверьте имя бакета, адрес эндпоинта и регион.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="246"/>
        <source>The keys work, but may not put, read, list or delete files in this bucket. Give them those rights on this bucket in the service&apos;s console.</source>
        <translation>Ключи действуют, но у них нет прав на запись, чтение, просмотр списка или удаление файлов в этом бакете. Выдайте им эти права в консоли сервиса.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="251"/>
        <source>SMM Desk could not reach the storage service. Check the endpoint address and your internet connection.</source>
        <translation>SMM Desk не удалось связаться с сервисом хранения. Проверьте адрес эндпоинта и подключение к интернету.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="256"/>
        <source>The test file was stored, but its private link did not give it back. Check that the endpoint address is the bucket&apos;s own address.</source>
        <translation>Тестовый файл сохранён, но по закрытой ссылке его получить не удалось. Проверьте, что адрес эндпоинта — это собственный адрес бакета.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="259"/>
        <source>The storage service refused the test. Nothing was saved.</source>
        <translation>Сервис хранения отклонил проверку. Ничего не сохранено.</translation>
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
        <location filename="../../ui/calendar/actions_bar.py" line="65"/>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="68"/>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="88"/>
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
        <location filename="../../ui/calendar/actions_bar.py" line="206"/>
        <source>Move the selected posts %n day(s) earlier, same time of day (%1)</source>
        <translation>
            <numerusform>Перенести выбранные посты на %n день раньше, в то же время (%1)</numerusform>
            <numerusform>Перенести выбранные посты на %n дня раньше, в то же время (%1)</numerusform>
            <numerusform>Перенести выбранные посты на %n дней раньше, в то же время (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar/actions_bar.py" line="217"/>
        <source>Move the selected posts %n day(s) later, same time of day (%1)</source>
        <translation>
            <numerusform>Перенести выбранные посты на %n день позже, в то же время (%1)</numerusform>
            <numerusform>Перенести выбранные посты на %n дня позже, в то же время (%1)</numerusform>
            <numerusform>Перенести выбранные посты на %n дней позже, в то же время (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move the selected posts %n day(s) earlier, same time of day (Alt+←)</source>
        <translation type="vanished">
            <numerusform>Перенести выбранные посты на %n день раньше, в то же время (Alt+←)</numerusform>
            <numerusform>Перенести выбранные посты на %n дня раньше, в то же время (Alt+←)</numerusform>
            <numerusform>Перенести выбранные посты на %n дней раньше, в то же время (Alt+←)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move the selected posts %n day(s) later, same time of day (Alt+→)</source>
        <translation type="vanished">
            <numerusform>Перенести выбранные посты на %n день позже, в то же время (Alt+→)</numerusform>
            <numerusform>Перенести выбранные посты на %n дня позже, в то же время (Alt+→)</numerusform>
            <numerusform>Перенести выбранные посты на %n дней позже, в то же время (Alt+→)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar/actions_bar.py" line="225"/>
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
        <location filename="../../ui/calendar/models.py" line="59"/>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="60"/>
        <source>Scheduled</source>
        <translation>Запланирован</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="61"/>
        <source>Publishing</source>
        <translation>Публикуется</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="62"/>
        <source>Will retry</source>
        <translation>Будет повтор</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="63"/>
        <source>Published</source>
        <translation>Опубликован</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="64"/>
        <source>Failed</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="65"/>
        <source>Needs attention</source>
        <translation>Требует внимания</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="66"/>
        <source>Post it now</source>
        <translation>Опубликовать сейчас</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="67"/>
        <source>Skipped</source>
        <translation>Пропущен</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="229"/>
        <location filename="../../ui/calendar/week.py" line="179"/>
        <source>%n post(s)</source>
        <translation>постов: %n</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="235"/>
        <source>one of your posting days, nothing planned yet</source>
        <translation>день публикаций, пока ничего не запланировано</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="252"/>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="253"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="254"/>
        <source>Accounts</source>
        <translation>Аккаунты</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="255"/>
        <source>Rubric</source>
        <translation>Рубрика</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="256"/>
        <source>Post</source>
        <translation>Пост</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="257"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="327"/>
        <source>No rubric</source>
        <translation>Без рубрики</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="379"/>
        <source>(no text yet)</source>
        <translation>(текста пока нет)</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../ui/calendar/page.py" line="356"/>
        <source>The plan could not be loaded: %1</source>
        <translation>Не удалось загрузить план: %1</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/view_apply.py" line="44"/>
        <source>%1 posts in view · %2 days of your posting rhythm still empty · %3 ideas</source>
        <translation>Постов на экране: %1 · пустых дней в ритме публикаций: %2 · идей: %3</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/view_apply.py" line="55"/>
        <source>%1 posts in view · %2 ideas</source>
        <translation>Постов на экране: %1 · идей: %2</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/view_apply.py" line="73"/>
        <source>%1 added: SMM Desk reminds you when its posts are due. Next: write your first post in Compose (Ctrl+N).</source>
        <translation>Аккаунт %1 добавлен: SMM Desk напомнит, когда придёт время его постов. Дальше: напишите первый пост в разделе «Пост» (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/view_apply.py" line="82"/>
        <source>%1 is connected and works. Next: write your first post in Compose (Ctrl+N).</source>
        <translation>Аккаунт %1 подключён и работает. Дальше: напишите первый пост в разделе «Пост» (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/opening.py" line="28"/>
        <source>That day is over: double-click today or a later day.</source>
        <translation>Этот день уже прошёл: дважды щёлкните по сегодняшнему или более позднему дню.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/opening.py" line="36"/>
        <source>Connect an account first (Accounts), then plan posts.</source>
        <translation>Сначала подключите аккаунт («Аккаунты»), затем планируйте посты.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/changes.py" line="125"/>
        <source>Kept as a draft on %1, not scheduled: %2 Open it to fix this, then schedule it.</source>
        <translation>Оставлен черновиком на %1, не запланирован: %2 Откройте пост, исправьте и запланируйте его.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/changes.py" line="195"/>
        <source>Imported %1 posts (%2 of them as ideas). Ctrl+Z takes the import back.</source>
        <translation>Импортировано постов: %1 (из них идей: %2). Ctrl+Z отменит импорт.</translation>
    </message>
</context>
<context>
    <name>PlanUndo</name>
    <message>
        <location filename="../../ui/calendar/undo.py" line="20"/>
        <source>Move post</source>
        <translation>Перенос поста</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/undo.py" line="21"/>
        <source>Move posts</source>
        <translation>Перенос постов</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/undo.py" line="22"/>
        <source>Back to ideas</source>
        <translation>Возврат в идеи</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/undo.py" line="23"/>
        <source>Schedule idea</source>
        <translation>Планирование идеи</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/undo.py" line="24"/>
        <source>Schedule ideas</source>
        <translation>Планирование идей</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/undo.py" line="25"/>
        <source>Add to queue</source>
        <translation>Постановка в очередь</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/undo.py" line="26"/>
        <source>Duplicate post</source>
        <translation>Дублирование поста</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/undo.py" line="27"/>
        <source>Duplicate posts</source>
        <translation>Дублирование постов</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/undo.py" line="28"/>
        <source>Delete post</source>
        <translation>Удаление поста</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/undo.py" line="29"/>
        <source>Delete posts</source>
        <translation>Удаление постов</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/undo.py" line="30"/>
        <source>Import CSV</source>
        <translation>Импорт CSV</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/undo.py" line="31"/>
        <source>Post now</source>
        <translation>Публикация сейчас</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/undo.py" line="42"/>
        <source>Move %n day(s) earlier</source>
        <translation>Перенос раньше (дн.: %n)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/undo.py" line="44"/>
        <source>Move %n day(s) later</source>
        <translation>Перенос позже (дн.: %n)</translation>
    </message>
</context>
<context>
    <name>PlatformPreviews</name>
    <message>
        <location filename="../../ui/media/previews.py" line="191"/>
        <source>No preview</source>
        <translation>Нет предпросмотра</translation>
    </message>
</context>
<context>
    <name>PostCard</name>
    <message>
        <location filename="../../ui/composer/post_preview.py" line="111"/>
        <source>@%1 · %2</source>
        <translation>@%1 · %2</translation>
    </message>
    <message>
        <location filename="../../ui/composer/post_preview.py" line="161"/>
        <source>%1 gets it as %2 × %3 pixels.</source>
        <translation>%1 получит его размером %2 × %3 пикселей.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/post_preview.py" line="171"/>
        <source>more</source>
        <translation>ещё</translation>
    </message>
    <message>
        <location filename="../../ui/composer/post_preview.py" line="174"/>
        <source>The feed shows the start; the rest sits behind “more”.</source>
        <translation>В ленте видно начало; остальное скрыто за «ещё».</translation>
    </message>
    <message>
        <location filename="../../ui/composer/post_preview.py" line="176"/>
        <source>The red part does not fit on %1.</source>
        <translation>Красная часть не помещается в %1.</translation>
    </message>
</context>
<context>
    <name>PostMenu</name>
    <message>
        <location filename="../../ui/calendar/post_menu.py" line="83"/>
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar/post_menu.py" line="87"/>
        <source>Duplicate (%n day(s) later)</source>
        <translation>
            <numerusform>Дублировать (через %n день)</numerusform>
            <numerusform>Дублировать (через %n дня)</numerusform>
            <numerusform>Дублировать (через %n дней)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_menu.py" line="93"/>
        <source>Move to a date…</source>
        <translation>Перенести на дату…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_menu.py" line="100"/>
        <source>Post now</source>
        <translation>Опубликовать сейчас</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_menu.py" line="108"/>
        <source>Back to ideas</source>
        <translation>Вернуть в идеи</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_menu.py" line="112"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_menu.py" line="136"/>
        <source>Moved to %1. Ctrl+Z moves it back.</source>
        <translation>Пост перенесён на %1. Ctrl+Z вернёт его обратно.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_menu.py" line="152"/>
        <source>It goes out now. Ctrl+Z takes it back until then.</source>
        <translation>Пост публикуется сейчас. До выхода его можно отменить через Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_menu.py" line="155"/>
        <source>It is ready to post now: SMM Desk shows you the text and photos.</source>
        <translation>Пост готов к публикации: SMM Desk покажет вам текст и фото.</translation>
    </message>
</context>
<context>
    <name>PostProblemDialog</name>
    <message>
        <source>Check this post on {platform}</source>
        <translation type="vanished">Проверьте этот пост в {platform}</translation>
    </message>
    <message>
        <source>A post to {platform} was not published</source>
        <translation type="vanished">Пост в {platform} не опубликован</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/problem_dialog.py" line="50"/>
        <source>Check this post on %1</source>
        <translation>Проверьте этот пост в %1</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/problem_dialog.py" line="52"/>
        <source>A post to %1 was not published</source>
        <translation>Пост в %1 не опубликован</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/problem_dialog.py" line="65"/>
        <source>No reason was given.</source>
        <translation>Причина не указана.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/problem_dialog.py" line="68"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/problem_dialog.py" line="87"/>
        <source>Link to the post, if it is there (optional)</source>
        <translation>Ссылка на пост, если он вышел (необязательно)</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/problem_dialog.py" line="91"/>
        <source>Don&apos;t post it</source>
        <translation>Не публиковать</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/problem_dialog.py" line="93"/>
        <source>It is there: mark as posted</source>
        <translation>Он вышел: отметить</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/problem_dialog.py" line="97"/>
        <source>It is not there: send it</source>
        <translation>Его нет: отправить</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/problem_dialog.py" line="97"/>
        <source>Try again now</source>
        <translation>Повторить сейчас</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/problem_dialog.py" line="100"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>PostingTimesDialog</name>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="380"/>
        <source>Posting times</source>
        <translation>Время публикаций</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="384"/>
        <source>When each account posts, every week, in your local time. Click a half hour to add or remove a posting time. “Add to queue” uses the next free one.</source>
        <translation>Когда каждый аккаунт публикует посты — каждую неделю, по вашему местному времени. Нажмите на получасовую ячейку, чтобы добавить или убрать время публикации. «В очередь» берёт ближайшее свободное.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="391"/>
        <source>Account</source>
        <translation>Аккаунт</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="400"/>
        <source>Use for all accounts</source>
        <translation>Для всех аккаунтов</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="402"/>
        <source>Give every account the same posting times as this one</source>
        <translation>Задать всем аккаунтам такое же время публикаций, как у этого</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="460"/>
        <source>Connect an account first: posting times belong to an account.</source>
        <translation>Сначала подключите аккаунт: время публикаций задаётся для аккаунта.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="463"/>
        <source>No posting times yet for this account.</source>
        <translation>Для этого аккаунта время публикаций пока не задано.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="467"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar/settings_dialogs.py" line="468"/>
        <source>%n posting times a week</source>
        <translation>
            <numerusform>%n публикация в неделю</numerusform>
            <numerusform>%n публикации в неделю</numerusform>
            <numerusform>%n публикаций в неделю</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="479"/>
        <source>Every account now has these posting times.</source>
        <translation>Теперь у всех аккаунтов это время публикаций.</translation>
    </message>
    <message>
        <source>When each account posts, every week, in your local time. “Add to queue” uses the next free one. Example: Tue 12:30, Thu 12:30, Sat 10:00</source>
        <translation type="vanished">Когда каждый аккаунт публикует посты — каждую неделю, по вашему местному времени. «В очередь» берёт ближайшее свободное. Пример: Tue 12:30, Thu 12:30, Sat 10:00</translation>
    </message>
    <message>
        <source>no posting times</source>
        <translation type="vanished">время не задано</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="53"/>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="54"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="55"/>
        <source>Accounts</source>
        <translation>Аккаунты</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="56"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="57"/>
        <source>Rubric</source>
        <translation>Рубрика</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="58"/>
        <source>Problems</source>
        <translation>Проблемы</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="69"/>
        <source>next free slot</source>
        <translation>ближайшее свободное время</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="70"/>
        <source>idea (no date)</source>
        <translation>идея (без даты)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="80"/>
        <source>%1 (new)</source>
        <translation>%1 (новая)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="86"/>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>%1 gets it as %2 × %3 pixels.</source>
        <translation type="vanished">%1 получит его размером %2 × %3 пикселей.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="vanished">Предпросмотр</translation>
    </message>
    <message>
        <source>Choose an account above to see how the post will look there.</source>
        <translation type="vanished">Выберите аккаунт выше, чтобы увидеть, как там будет выглядеть пост.</translation>
    </message>
    <message>
        <source>more</source>
        <translation type="vanished">ещё</translation>
    </message>
    <message>
        <source>The feed shows the start; the rest sits behind “more”.</source>
        <translation type="vanished">В ленте видно начало; остальное скрыто за «ещё».</translation>
    </message>
    <message>
        <source>The red part does not fit on %1.</source>
        <translation type="vanished">Красная часть не помещается в %1.</translation>
    </message>
</context>
<context>
    <name>PreviewStrip</name>
    <message>
        <location filename="../../ui/composer/post_preview.py" line="217"/>
        <source>Choose an account above to see how the post will look there.</source>
        <translation>Выберите аккаунт выше, чтобы увидеть, как там будет выглядеть пост.</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../ui/problem_words.py" line="50"/>
        <source>The image %1 is an empty file.</source>
        <translation>Изображение %1 — пустой файл.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="51"/>
        <source>%1 is not a picture SMM Desk can read.</source>
        <translation>%1 — не изображение, которое SMM Desk может прочитать.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="52"/>
        <source>The image %1 is damaged or cut short.</source>
        <translation>Изображение %1 повреждено или обрезано.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="53"/>
        <source>The image %1 is too large to open.</source>
        <translation>Изображение %1 слишком большое, чтобы его открыть.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="54"/>
        <source>The image %1 is too big for the platform.</source>
        <translation>Изображение %1 слишком большое для платформы.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="57"/>
        <source>SMM Desk can&apos;t use the image %1.</source>
        <translation>SMM Desk не может использовать изображение %1.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="67"/>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="68"/>
        <source>Bluesky</source>
        <translation>Bluesky</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="69"/>
        <source>Mastodon</source>
        <translation>Mastodon</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="70"/>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="71"/>
        <source>Instagram</source>
        <translation>Instagram</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="72"/>
        <source>Facebook</source>
        <translation>Facebook</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="73"/>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="74"/>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="75"/>
        <source>VK</source>
        <translation>VK</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="76"/>
        <source>Pinterest</source>
        <translation>Pinterest</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="77"/>
        <source>TikTok</source>
        <translation>TikTok</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="78"/>
        <source>YouTube</source>
        <translation>YouTube</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="83"/>
        <source>date (scheduled_at)</source>
        <translation>дата (scheduled_at)</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="84"/>
        <source>accounts</source>
        <translation>аккаунты (accounts)</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="85"/>
        <source>text</source>
        <translation>текст (text)</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="86"/>
        <source>media</source>
        <translation>медиа (media)</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="87"/>
        <source>rubric</source>
        <translation>рубрика (rubric)</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="104"/>
        <source>%1 @%2</source>
        <translation>%1 @%2</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="114"/>
        <source>a draft</source>
        <translation>черновик</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="115"/>
        <source>scheduled</source>
        <translation>запланирован</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="116"/>
        <source>being sent</source>
        <translation>отправляется</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="117"/>
        <source>published</source>
        <translation>опубликован</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="118"/>
        <source>waiting to be retried</source>
        <translation>ждёт повтора</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="119"/>
        <source>failed</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="120"/>
        <source>waiting to be checked</source>
        <translation>ждёт проверки</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="121"/>
        <source>waiting for you to post it</source>
        <translation>ждёт, пока вы его опубликуете</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="122"/>
        <source>skipped</source>
        <translation>пропущен</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="138"/>
        <source>The photos are already on %1 (%2); only the text is missing or unsure, and sending again sends only the text.</source>
        <translation>Фото уже загружены в %1 (%2); не хватает только текста (или неясно, дошёл ли он), и при повторной отправке уйдёт только текст.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="147"/>
        <source>The photos are already on %1; only the text is missing or unsure, and sending again sends only the text.</source>
        <translation>Фото уже загружены в %1; не хватает только текста (или неясно, дошёл ли он), и при повторной отправке уйдёт только текст.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="161"/>
        <source>%1 had a problem on its side %n time(s) in a row, so SMM Desk stopped trying. Click Retry when %1 works again.</source>
        <translation>
            <numerusform>На стороне %1 %n раз подряд возникала проблема, поэтому SMM Desk прекратил попытки. Нажмите «Повторить», когда %1 снова заработает.</numerusform>
            <numerusform>На стороне %1 %n раза подряд возникала проблема, поэтому SMM Desk прекратил попытки. Нажмите «Повторить», когда %1 снова заработает.</numerusform>
            <numerusform>На стороне %1 %n раз подряд возникала проблема, поэтому SMM Desk прекратил попытки. Нажмите «Повторить», когда %1 снова заработает.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="168"/>
        <source>SMM Desk could not reach %1 %n time(s) in a row, so it stopped trying. Check the internet connection, then click Retry.</source>
        <translation>
            <numerusform>SMM Desk не удалось связаться с %1 %n раз подряд, поэтому он прекратил попытки. Проверьте подключение к интернету, затем нажмите «Повторить».</numerusform>
            <numerusform>SMM Desk не удалось связаться с %1 %n раза подряд, поэтому он прекратил попытки. Проверьте подключение к интернету, затем нажмите «Повторить».</numerusform>
            <numerusform>SMM Desk не удалось связаться с %1 %n раз подряд, поэтому он прекратил попытки. Проверьте подключение к интернету, затем нажмите «Повторить».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="175"/>
        <source>%1 asked SMM Desk to slow down %n time(s) in a row, so it stopped trying. Click Retry a little later.</source>
        <translation>
            <numerusform>SMM Desk %n раз подряд получил от %1 просьбу снизить частоту запросов и прекратил попытки. Нажмите «Повторить» чуть позже.</numerusform>
            <numerusform>SMM Desk %n раза подряд получил от %1 просьбу снизить частоту запросов и прекратил попытки. Нажмите «Повторить» чуть позже.</numerusform>
            <numerusform>SMM Desk %n раз подряд получил от %1 просьбу снизить частоту запросов и прекратил попытки. Нажмите «Повторить» чуть позже.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="190"/>
        <source>It kept failing after %n tries, so SMM Desk stopped. Click Retry when the platform works again.</source>
        <translation>
            <numerusform>Отправка не удалась и после %n попытки, поэтому SMM Desk остановился. Нажмите «Повторить», когда платформа снова заработает.</numerusform>
            <numerusform>Отправка не удалась и после %n попыток, поэтому SMM Desk остановился. Нажмите «Повторить», когда платформа снова заработает.</numerusform>
            <numerusform>Отправка не удалась и после %n попыток, поэтому SMM Desk остановился. Нажмите «Повторить», когда платформа снова заработает.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="202"/>
        <source>Task Scheduler task “%1”, every %n minute(s)</source>
        <translation>
            <numerusform>Задача «%1» в планировщике заданий, каждую %n минуту</numerusform>
            <numerusform>Задача «%1» в планировщике заданий, каждые %n минуты</numerusform>
            <numerusform>Задача «%1» в планировщике заданий, каждые %n минут</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="204"/>
        <source>launchd agent %1, every %n minute(s)</source>
        <translation>
            <numerusform>Агент launchd %1, каждую %n минуту</numerusform>
            <numerusform>Агент launchd %1, каждые %n минуты</numerusform>
            <numerusform>Агент launchd %1, каждые %n минут</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="206"/>
        <source>systemd user timer %1, every %n minute(s)</source>
        <translation>
            <numerusform>Пользовательский таймер systemd %1, каждую %n минуту</numerusform>
            <numerusform>Пользовательский таймер systemd %1, каждые %n минуты</numerusform>
            <numerusform>Пользовательский таймер systemd %1, каждые %n минут</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="211"/>
        <source>A photo</source>
        <translation>Фото</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="231"/>
        <source>%1 asks SMM Desk to slow down. The figures of %n post(s) were read and kept; the others are fetched at a later refresh.</source>
        <translation>
            <numerusform>%1 просит SMM Desk снизить частоту запросов. Показатели %n поста получены и сохранены, остальные загрузятся при одном из следующих обновлений.</numerusform>
            <numerusform>%1 просит SMM Desk снизить частоту запросов. Показатели %n постов получены и сохранены, остальные загрузятся при одном из следующих обновлений.</numerusform>
            <numerusform>%1 просит SMM Desk снизить частоту запросов. Показатели %n постов получены и сохранены, остальные загрузятся при одном из следующих обновлений.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="239"/>
        <source>%1 asks SMM Desk to slow down. It will try again later by itself.</source>
        <translation>%1 просит SMM Desk снизить частоту запросов. Позже SMM Desk сам повторит попытку.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="248"/>
        <source>The caption is too long for %1: %2 of %3 characters. Remove %n character(s).</source>
        <translation>
            <numerusform>Подпись слишком длинная для %1: %2 из %3 символов. Удалите %n символ.</numerusform>
            <numerusform>Подпись слишком длинная для %1: %2 из %3 символов. Удалите %n символа.</numerusform>
            <numerusform>Подпись слишком длинная для %1: %2 из %3 символов. Удалите %n символов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="254"/>
        <source>The text is too long for %1: %2 of %3 characters. Remove %n character(s).</source>
        <translation>
            <numerusform>Текст слишком длинный для %1: %2 из %3 символов. Удалите %n символ.</numerusform>
            <numerusform>Текст слишком длинный для %1: %2 из %3 символов. Удалите %n символа.</numerusform>
            <numerusform>Текст слишком длинный для %1: %2 из %3 символов. Удалите %n символов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="262"/>
        <source>%1 takes at most %n image(s); this post has %2.</source>
        <translation>
            <numerusform>%1 принимает не больше %n изображения; в этом посте: %2.</numerusform>
            <numerusform>%1 принимает не больше %n изображений; в этом посте: %2.</numerusform>
            <numerusform>%1 принимает не больше %n изображений; в этом посте: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="267"/>
        <source>Remove %n photo(s), or remove this account from the post.</source>
        <translation>
            <numerusform>Удалите %n фото или уберите этот аккаунт из поста.</numerusform>
            <numerusform>Удалите %n фото или уберите этот аккаунт из поста.</numerusform>
            <numerusform>Удалите %n фото или уберите этот аккаунт из поста.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="275"/>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="284"/>
        <location filename="../../ui/problem_words.py" line="307"/>
        <source>%1 or %2</source>
        <translation>%1 или %2</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="288"/>
        <source>a post id</source>
        <translation>ID поста</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="292"/>
        <source>any column of figures</source>
        <translation>любой столбец с показателями</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="300"/>
        <source>A post in the state “%1” can&apos;t be moved; duplicate it instead (Ctrl-drag).</source>
        <translation>Пост в состоянии «%1» нельзя перенести; вместо этого создайте копию (перетаскивание с Ctrl).</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="309"/>
        <source>The header has no column %1. Expected columns: %2.</source>
        <translation>В заголовке нет столбца %1. Ожидаемые столбцы: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="313"/>
        <source>Write posting times like “Tue 12:30, Sat 10:00”.</source>
        <translation>Указывайте время публикаций так: «Tue 12:30, Sat 10:00».</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="318"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="319"/>
        <source>Leads</source>
        <translation>Лиды</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="333"/>
        <source>Add your account to SMM Desk first, then import its stats.</source>
        <translation>Сначала добавьте свой аккаунт в SMM Desk, затем импортируйте его статистику.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="335"/>
        <source>Add your %1 account to SMM Desk first, then import its stats.</source>
        <translation>Сначала добавьте свой аккаунт %1 в SMM Desk, затем импортируйте его статистику.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="346"/>
        <source>The text holds an invisible character %1 refuses (%2), often pasted in from another app. Delete it where the text turns red.</source>
        <extracomment>Every code (``domain.problems.CODES``) and its sentence in the owner&apos;s language.</extracomment>
        <translation>В тексте есть невидимый символ, который %1 не принимает (%2); обычно он попадает при вставке из другого приложения. Удалите его там, где текст выделен красным.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="355"/>
        <source>The text is too long for %1: it takes %2 of %3 bytes (emoji and non-Latin letters take more room). Shorten it.</source>
        <translation>Текст слишком длинный для %1: он занимает %2 из %3 байт (эмодзи и нелатинские буквы занимают больше места). Сократите его.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="363"/>
        <source>%1 allows %n hashtag(s); this has %2. Remove %3.</source>
        <translation>
            <numerusform>%1 допускает не больше %n хештега; здесь: %2. Удалите лишние: %3.</numerusform>
            <numerusform>%1 допускает не больше %n хештегов; здесь: %2. Удалите лишние: %3.</numerusform>
            <numerusform>%1 допускает не больше %n хештегов; здесь: %2. Удалите лишние: %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="370"/>
        <source>%1 turns only the first hashtag into a topic; the other %n stay plain text.</source>
        <translation>
            <numerusform>%1 превращает в тему только первый хештег; остальные (%n) останутся обычным текстом.</numerusform>
            <numerusform>%1 превращает в тему только первый хештег; остальные (%n) останутся обычным текстом.</numerusform>
            <numerusform>%1 превращает в тему только первый хештег; остальные (%n) останутся обычным текстом.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="377"/>
        <source>%1 allows %n @mention(s); this has %2. Remove %3.</source>
        <translation>
            <numerusform>%1 допускает не больше %n @упоминания; здесь: %2. Удалите лишние: %3.</numerusform>
            <numerusform>%1 допускает не больше %n @упоминаний; здесь: %2. Удалите лишние: %3.</numerusform>
            <numerusform>%1 допускает не больше %n @упоминаний; здесь: %2. Удалите лишние: %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="383"/>
        <source>%1 allows %n link(s) per post; this has %2. Remove %3.</source>
        <translation>
            <numerusform>%1 допускает не больше %n ссылки в посте; здесь: %2. Удалите лишние: %3.</numerusform>
            <numerusform>%1 допускает не больше %n ссылок в посте; здесь: %2. Удалите лишние: %3.</numerusform>
            <numerusform>%1 допускает не больше %n ссылок в посте; здесь: %2. Удалите лишние: %3.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="390"/>
        <source>%1 needs reconnecting: open Accounts and sign in again, or remove this account from the post.</source>
        <translation>Аккаунт %1 нужно переподключить: откройте «Аккаунты» и войдите снова или уберите этот аккаунт из поста.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="396"/>
        <source>%1 is switched off: turn it on in Accounts or remove it from the post.</source>
        <translation>Аккаунт %1 отключён: включите его в «Аккаунтах» или уберите из поста.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="400"/>
        <source>The post for %1 is empty: write some text.</source>
        <translation>Пост для %1 пуст: напишите текст.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="404"/>
        <source>%1 needs at least one image: add a photo.</source>
        <translation>%1 требует хотя бы одно изображение: добавьте фото.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="408"/>
        <source>%n image(s) without a description (alt text): people who cannot see the photo will miss it.</source>
        <translation>
            <numerusform>%n изображение без описания (альтернативного текста): люди, которые не видят фото, ничего о нём не узнают.</numerusform>
            <numerusform>%n изображения без описания (альтернативного текста): люди, которые не видят фото, ничего о них не узнают.</numerusform>
            <numerusform>%n изображений без описания (альтернативного текста): люди, которые не видят фото, ничего о них не узнают.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="414"/>
        <source>The time for %1 is in the past: pick a later time or choose Post now.</source>
        <translation>Время для %1 уже прошло: выберите более позднее время или нажмите «Опубликовать сейчас».</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="419"/>
        <source>%1 is too small for %2: it takes pictures at least %3 pixels wide, this one is %4. Use a larger photo, or remove this account.</source>
        <translation>%1 — слишком маленькое изображение для %2: нужна ширина не меньше %3 пикселей, а здесь — %4. Возьмите фото побольше или уберите этот аккаунт.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="429"/>
        <source>%1 does not play animated GIFs: %2 will be posted as a still picture (its first frame).</source>
        <translation>%1 не воспроизводит анимированные GIF: %2 опубликуется как статичная картинка (первый кадр).</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="437"/>
        <source>%1 is larger than the %2 MB %3 takes for an animation: if it cannot be made small enough, it is posted as a still picture.</source>
        <translation>%1 больше %2 МБ, которые %3 принимает для анимации: если файл не удастся достаточно сжать, он опубликуется как статичная картинка.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="446"/>
        <source>%1 shows only %2% of %3 (its shape is cut to fit): check the preview, or move the photo&apos;s focus point on the Media screen.</source>
        <translation>%1 показывает только %2% от %3 (изображение обрезается под формат): проверьте предпросмотр или сдвиньте точку фокуса фото в разделе «Медиа».</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="455"/>
        <source>The %1 column holds a NUL character (a zero byte), which no post can contain. Delete it and try again.</source>
        <translation>В столбце «%1» есть символ NUL (нулевой байт), которого не может быть ни в одном посте. Удалите его и попробуйте снова.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="461"/>
        <source>“%1” is not an account like instagram:@yourshop (platform, colon, handle).</source>
        <translation>«%1» — не аккаунт вида instagram:@yourshop (платформа, двоеточие, имя пользователя).</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="466"/>
        <source>There is no account %1:%2 in SMM Desk. Add it under Accounts, or fix the spelling.</source>
        <translation>В SMM Desk нет аккаунта %1:%2. Добавьте его в разделе «Аккаунты» или исправьте написание.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="472"/>
        <source>No account is given: write at least one, like instagram:@yourshop, or leave the date empty to keep the post as an idea.</source>
        <translation>Аккаунт не указан: напишите хотя бы один, например instagram:@yourshop, или оставьте дату пустой, чтобы сохранить пост как идею.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="476"/>
        <source>“%1” is too far in the past or the future. Use a date between %2 and %3.</source>
        <translation>Дата «%1» слишком далеко в прошлом или будущем. Укажите дату между %2 и %3.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="483"/>
        <source>“%1” is not a date and time. Write it like 2026-06-02 12:30 (or 2026-06-02T12:30+02:00 with a UTC offset).</source>
        <translation>«%1» — не дата и время. Пишите так: 2026-06-02 12:30 (или 2026-06-02T12:30+02:00 со смещением от UTC).</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="490"/>
        <source>%1 is in the past. Change the date, or leave it empty to keep the post as an idea.</source>
        <translation>%1 уже в прошлом. Измените дату или оставьте её пустой, чтобы сохранить пост как идею.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="494"/>
        <source>The image file %1 is missing.</source>
        <translation>Файл изображения %1 не найден.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="495"/>
        <source>The post has no text and no image.</source>
        <translation>В посте нет ни текста, ни изображения.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="498"/>
        <source>%1:%2 has no posting times for the queue. Add some in the account&apos;s queue settings, or give the row a date.</source>
        <translation>У %1:%2 нет времени публикаций для очереди. Добавьте его в настройках очереди аккаунта или укажите в строке дату.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="505"/>
        <source>%1 images: %2 takes at most %n in one post.</source>
        <translation>
            <numerusform>Изображений: %1, а %2 принимает не больше %n в одном посте.</numerusform>
            <numerusform>Изображений: %1, а %2 принимает не больше %n в одном посте.</numerusform>
            <numerusform>Изображений: %1, а %2 принимает не больше %n в одном посте.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="510"/>
        <source>%1 needs at least one image in a post.</source>
        <translation>%1 требует хотя бы одно изображение в посте.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="515"/>
        <source>%1 asks SMM Desk to slow down. It will try again shortly.</source>
        <translation>%1 просит SMM Desk притормозить. Скоро будет новая попытка.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="519"/>
        <source>%1 had a problem on its side. SMM Desk will try again.</source>
        <translation>На стороне %1 возникла проблема. SMM Desk попробует снова.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="524"/>
        <source>%1 no longer accepts the saved login. Open Accounts and reconnect this account.</source>
        <translation>%1 больше не принимает сохранённые данные для входа. Откройте «Аккаунты» и переподключите этот аккаунт.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="529"/>
        <source>SMM Desk could not reach %1. It will try again.</source>
        <translation>SMM Desk не удалось связаться с %1. Будет новая попытка.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="533"/>
        <source>%1 refused the post. Change the post and schedule it again.</source>
        <translation>%1: пост отклонён. Измените пост и запланируйте его снова.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="537"/>
        <source>This account does not exist any more.</source>
        <translation>Этого аккаунта больше нет.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="539"/>
        <source>SMM Desk cannot post to %1 by itself.</source>
        <translation>SMM Desk не может сам публиковать в %1.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="542"/>
        <source>Unknown platform “%1”. Choose one of: %2.</source>
        <translation>Неизвестная платформа «%1». Выберите одну из: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="544"/>
        <source>Enter the account&apos;s handle or name.</source>
        <translation>Введите имя пользователя или название аккаунта.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="546"/>
        <source>Enter the Telegram channel (@name or its numeric id).</source>
        <translation>Укажите канал Telegram (@имя или числовой ID).</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="549"/>
        <source>Enter your Mastodon server&apos;s address, e.g. https://mastodon.social</source>
        <translation>Введите адрес вашего сервера Mastodon, например https://mastodon.social</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="553"/>
        <source>“%1” is not a full server address. Enter it with https:// in front, e.g. https://mastodon.social</source>
        <translation>«%1» — не полный адрес сервера. Введите его с https:// в начале, например https://mastodon.social</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="560"/>
        <source>SMM Desk does not send your login to %1 over an unencrypted connection (http://). Use the server&apos;s https:// address.</source>
        <translation>SMM Desk не передаёт ваши данные для входа в %1 по незашифрованному соединению (http://). Используйте адрес сервера с https://.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="566"/>
        <source>%1 on %2 is already connected.</source>
        <translation>Аккаунт %1 в %2 уже подключён.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="569"/>
        <source>%1 needs a password or token to connect; none was given.</source>
        <translation>Для подключения %1 нужен пароль или токен, но он не указан.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="574"/>
        <source>SMM Desk posts to %1 with your help (assisted publishing) and needs no password for it.</source>
        <translation>SMM Desk публикует в %1 с вашей помощью (по напоминаниям), и пароль для этого не нужен.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="580"/>
        <source>The saved password or token is missing. Reconnect the account.</source>
        <translation>Сохранённый пароль или токен отсутствует. Переподключите аккаунт.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="585"/>
        <source>%1 did not accept the login. Check it and connect the account again.</source>
        <translation>%1: данные для входа не приняты. Проверьте их и подключите аккаунт снова.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="589"/>
        <source>%1 refused the connection. Check the account&apos;s details and try again.</source>
        <translation>%1: подключение отклонено. Проверьте данные аккаунта и попробуйте ещё раз.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="593"/>
        <source>SMM Desk could not reach %1. Check the internet connection and try again.</source>
        <translation>SMM Desk не удалось связаться с %1. Проверьте подключение к интернету и попробуйте ещё раз.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="597"/>
        <source>%1 asks SMM Desk to slow down. Wait a few minutes and try again.</source>
        <translation>%1 просит SMM Desk снизить частоту запросов. Подождите несколько минут и попробуйте ещё раз.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="601"/>
        <source>%1 had a problem on its side. Try again later.</source>
        <translation>На стороне %1 возникла проблема. Попробуйте позже.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="605"/>
        <source>SMM Desk could not use the system&apos;s keyring, where it keeps your logins. Check that the keyring is unlocked, then try again.</source>
        <translation>SMM Desk не удалось воспользоваться системным хранилищем паролей, где он хранит ваши данные для входа. Проверьте, что хранилище разблокировано, и попробуйте ещё раз.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="608"/>
        <source>Only VK accounts take a user token.</source>
        <translation>Токен пользователя принимают только аккаунты VK.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="609"/>
        <source>Paste the user token first.</source>
        <translation>Сначала вставьте токен пользователя.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="611"/>
        <source>This user token cannot upload photos for the community: create it as an administrator of the community with the rights photos and wall.</source>
        <translation>Этот токен пользователя не может загружать фото для сообщества: создайте его от имени администратора сообщества с правами photos и wall.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="614"/>
        <source>%1 was removed.</source>
        <translation>Аккаунт %1 удалён.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="617"/>
        <source>%1 was disconnected and its login deleted. Its past posts stay in the plan; %n scheduled post(s) went back to drafts.</source>
        <translation>
            <numerusform>Аккаунт %1 отключён, данные для входа удалены. Прошлые посты остаются в плане; %n запланированный пост возвращён в черновики.</numerusform>
            <numerusform>Аккаунт %1 отключён, данные для входа удалены. Прошлые посты остаются в плане; %n запланированных поста возвращены в черновики.</numerusform>
            <numerusform>Аккаунт %1 отключён, данные для входа удалены. Прошлые посты остаются в плане; %n запланированных постов возвращены в черновики.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="624"/>
        <source>Removed: its saved login was deleted.</source>
        <translation>Удалено: сохранённые данные для входа стёрты.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="627"/>
        <source>The saved login of this account is missing. Reconnect it in Accounts.</source>
        <translation>Сохранённые данные для входа этого аккаунта отсутствуют. Переподключите его в разделе «Аккаунты».</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="630"/>
        <source>VK lets only a person, not a community token, upload photos to a wall. Post this one on VK yourself, or add a user token to this account in Accounts so SMM Desk can send photos next time.</source>
        <translation>VK позволяет загружать фото на стену только человеку, а не токену сообщества. Опубликуйте этот пост во VK сами или добавьте этому аккаунту токен пользователя в разделе «Аккаунты», чтобы в следующий раз SMM Desk отправил фото сам.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="635"/>
        <source>An image of this post cannot be prepared. Replace it and try again.</source>
        <translation>Не удаётся подготовить изображение этого поста. Замените его и попробуйте ещё раз.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="638"/>
        <source>Sending stopped on an unexpected error (%1).</source>
        <translation>Отправка прервалась из-за непредвиденной ошибки (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="642"/>
        <source>Sending stopped on an unexpected error (%1). SMM Desk will try again; the details are in its log.</source>
        <translation>Отправка прервалась из-за непредвиденной ошибки (%1). SMM Desk попробует ещё раз; подробности в его журнале.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="649"/>
        <source>Sending stopped on an unexpected error (%1). The post may have gone out: look at the platform; if it is there, mark it as published, if not, send it again.</source>
        <translation>Отправка прервалась из-за непредвиденной ошибки (%1). Пост мог уйти: проверьте платформу; если он там есть, отметьте его как опубликованный, если нет — отправьте снова.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="657"/>
        <source>The answer of %1 to this post was lost or unreadable, so SMM Desk cannot know whether it went out. Look at %1: if the post is there, mark it as published; if not, send it again.</source>
        <translation>Ответ %1 на этот пост потерялся или не читается, поэтому SMM Desk не знает, вышел ли пост. Проверьте %1: если пост там есть, отметьте его как опубликованный; если нет — отправьте снова.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="667"/>
        <source>SMM Desk stopped before sending this post; it will be sent now.</source>
        <translation>SMM Desk остановился до отправки этого поста; сейчас пост будет отправлен.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="671"/>
        <source>SMM Desk stopped while sending this post to %1. It will check and finish the job without posting twice.</source>
        <translation>SMM Desk остановился во время отправки этого поста в %1. Он проверит и завершит отправку, не публикуя пост дважды.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="679"/>
        <source>SMM Desk stopped while sending this post to %1, so it cannot know whether it went out. Look at %1: if the post is there, mark it as published; if not, send it again.</source>
        <translation>SMM Desk остановился во время отправки этого поста в %1, поэтому не знает, вышел ли пост. Проверьте %1: если пост там есть, отметьте его как опубликованный; если нет — отправьте снова.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="689"/>
        <source>Waiting: %1 on %2 is switched off. Turn it on in Accounts to send this post.</source>
        <translation>Ожидание: аккаунт %1 в %2 отключён. Включите его в разделе «Аккаунты», чтобы отправить этот пост.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="694"/>
        <source>Waiting for %1 on %2 to be reconnected in Accounts; then this post goes out.</source>
        <translation>Ожидание: аккаунт %1 в %2 нужно переподключить в разделе «Аккаунты»; после этого пост будет отправлен.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="699"/>
        <source>This post is %1 now; nothing was changed.</source>
        <translation>Статус поста сейчас: %1; ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="702"/>
        <source>This post is %1 now; there is nothing to retry.</source>
        <translation>Статус поста сейчас: %1; повторять нечего.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="705"/>
        <source>%1 on %2 needs reconnecting first: open Accounts, reconnect it, then retry.</source>
        <translation>Сначала переподключите аккаунт %1 в %2: откройте «Аккаунты», переподключите его, затем повторите.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="710"/>
        <source>%1 on %2 is switched off: turn it on in Accounts, then retry.</source>
        <translation>Аккаунт %1 в %2 отключён: включите его в разделе «Аккаунты», затем повторите.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="717"/>
        <source>Could not run %1 (%2). Set it up by hand as described in the help (docs/publishing.md).</source>
        <translation>Не удалось запустить %1 (%2). Настройте вручную, как описано в справке (docs/publishing.md).</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="725"/>
        <source>%1 refused (exit code %2). Set it up by hand as described in the help (docs/publishing.md).</source>
        <translation>%1: отказ (код выхода %2). Настройте вручную, как описано в справке (docs/publishing.md).</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="731"/>
        <source>Demo account: nothing is sent from the demo workspace.</source>
        <translation>Демо-аккаунт: из демо-пространства ничего не отправляется.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="733"/>
        <source>%1 is over 50 MB: is it really a stats export?</source>
        <translation>Файл %1 больше 50 МБ: это точно экспорт статистики?</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="735"/>
        <source>File not found: %1</source>
        <translation>Файл не найден: %1</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="736"/>
        <source>%1 is a folder, not a CSV file.</source>
        <translation>%1 — папка, а не файл CSV.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="738"/>
        <source>%1 is not a CSV text file (an Excel .xlsx? Save it as CSV first).</source>
        <translation>%1 — не текстовый файл CSV (может быть, Excel .xlsx? Сначала сохраните его как CSV).</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="741"/>
        <source>%1 is empty.</source>
        <translation>Файл %1 пуст.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="743"/>
        <source>There is no account with id %1.</source>
        <translation>Нет аккаунта с ID %1.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="747"/>
        <source>Several accounts could be meant; choose one of: %1.</source>
        <translation>Подходит несколько аккаунтов; выберите один из: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="750"/>
        <source>%1 does not look like a “%2” file: it has no column %3. Its columns are: %4.</source>
        <translation>Файл %1 не похож на файл «%2»: в нём нет столбца %3. Его столбцы: %4.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="756"/>
        <source>The import was stopped; nothing was stored.</source>
        <translation>Импорт остановлен; ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="757"/>
        <source>No post id or link.</source>
        <translation>Нет ID поста или ссылки.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="759"/>
        <source>%1: “%2” is not a date.</source>
        <translation>%1: «%2» — не дата.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="762"/>
        <source>%1: “%2” is not a number.</source>
        <translation>%1: «%2» — не число.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="765"/>
        <source>No publish time, for a post SMM Desk does not know yet.</source>
        <translation>Нет времени публикации, а этот пост SMM Desk ещё не знает.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="767"/>
        <source>No date.</source>
        <translation>Нет даты.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="769"/>
        <source>%1: a figure cannot be negative (%2).</source>
        <translation>%1: показатель не может быть отрицательным (%2).</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="773"/>
        <source>No figures in this row.</source>
        <translation>В этой строке нет показателей.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="775"/>
        <source>%1: enter a number.</source>
        <translation>%1: введите число.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="778"/>
        <source>%1: enter zero or a positive number.</source>
        <translation>%1: введите ноль или положительное число.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="780"/>
        <source>Unknown figures: %1.</source>
        <translation>Неизвестные показатели: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="781"/>
        <source>That post no longer exists.</source>
        <translation>Этого поста больше нет.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="782"/>
        <source>That account no longer exists.</source>
        <translation>Этого аккаунта больше нет.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="784"/>
        <source>Currency: use the three-letter code, e.g. EUR or USD.</source>
        <translation>Валюта: используйте трёхбуквенный код, например EUR или USD.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="786"/>
        <source>Platform: choose where the ad ran.</source>
        <translation>Платформа: выберите, где шла реклама.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="788"/>
        <source>This post was deleted meanwhile; nothing was changed.</source>
        <translation>Этот пост тем временем удалили; ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="791"/>
        <source>This post was deleted meanwhile; nothing was copied.</source>
        <translation>Этот пост тем временем удалили; ничего не скопировано.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="794"/>
        <source>A published post stays in the plan as a record; it can&apos;t be deleted.</source>
        <translation>Опубликованный пост остаётся в плане как запись; удалить его нельзя.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="798"/>
        <source>This post is a draft: open it, check it and schedule it first.</source>
        <translation>Этот пост — черновик: сначала откройте его, проверьте и запланируйте.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="801"/>
        <source>Only a post with a date can be copied onto a time.</source>
        <translation>Скопировать на конкретное время можно только пост с датой.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="804"/>
        <source>Pick at least one account for this post before scheduling it.</source>
        <translation>Перед планированием выберите для этого поста хотя бы один аккаунт.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="808"/>
        <source>%1 has no posting times yet. Add some (e.g. Tue 12:30) in the account&apos;s queue settings.</source>
        <translation>У аккаунта %1 ещё не задано время публикаций. Добавьте его (например, Tue 12:30) в настройках очереди аккаунта.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="814"/>
        <source>Every posting time of %1 is taken for the next year. Add more posting times.</source>
        <translation>У аккаунта %1 всё время публикаций занято на год вперёд. Добавьте ещё время публикаций.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="817"/>
        <source>Give the rubric a name, e.g. “Useful tips”.</source>
        <translation>Дайте рубрике название, например «Полезные советы».</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="819"/>
        <source>A rubric name can have at most %n character(s).</source>
        <translation>
            <numerusform>Название рубрики может содержать не более %n символа.</numerusform>
            <numerusform>Название рубрики может содержать не более %n символов.</numerusform>
            <numerusform>Название рубрики может содержать не более %n символов.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="822"/>
        <source>“%1” is not a colour like #3a7bd5.</source>
        <translation>«%1» — не цвет вида #3a7bd5.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="825"/>
        <source>A target share is between %1 and %2.</source>
        <translation>Целевая доля должна быть от %1 до %2.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="830"/>
        <source>There is already a rubric called “%1”.</source>
        <translation>Рубрика «%1» уже есть.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="833"/>
        <source>The target shares would add up to more than 100%; at most %1 is left.</source>
        <translation>Целевые доли в сумме превысят 100%; осталось не больше %1.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="836"/>
        <source>This rubric was deleted meanwhile.</source>
        <translation>Эту рубрику тем временем удалили.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="837"/>
        <source>This account was removed meanwhile.</source>
        <translation>Этот аккаунт тем временем удалили.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="839"/>
        <source>“%1” is not a posting time like “Tue 12:30”. %2</source>
        <translation>«%1» — не время публикации вида «Tue 12:30». %2</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="844"/>
        <source>“%1” is not a weekday. %2</source>
        <translation>«%1» — не день недели. %2</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="847"/>
        <source>“%1” is not a time of day. %2</source>
        <translation>«%1» — не время суток. %2</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="850"/>
        <source>This import can&apos;t be redone; import the file again.</source>
        <translation>Этот импорт нельзя повторить; импортируйте файл заново.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="852"/>
        <source>The file %1 does not exist.</source>
        <translation>Файл %1 не существует.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="854"/>
        <source>The file is empty: it needs a header row with %1.</source>
        <translation>Файл пуст: нужна строка заголовка со столбцами %1.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="859"/>
        <source>The column “%1” appears twice. Keep one and delete the other, then try again.</source>
        <translation>Столбец «%1» встречается дважды. Оставьте один, удалите другой и попробуйте ещё раз.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="864"/>
        <source>The file has more than %n post(s); SMM Desk imports at most %n at a time. Split it into smaller files.</source>
        <translation>
            <numerusform>В файле больше %n поста; SMM Desk импортирует не больше %n за раз. Разделите его на файлы поменьше.</numerusform>
            <numerusform>В файле больше %n постов; SMM Desk импортирует не больше %n за раз. Разделите его на файлы поменьше.</numerusform>
            <numerusform>В файле больше %n постов; SMM Desk импортирует не больше %n за раз. Разделите его на файлы поменьше.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="870"/>
        <source>A cell has more than %n character(s), far longer than any post. Check that this is the right file, or shorten the cell.</source>
        <translation>
            <numerusform>В ячейке больше %n символа — гораздо длиннее любого поста. Проверьте, тот ли это файл, или сократите текст в ячейке.</numerusform>
            <numerusform>В ячейке больше %n символов — гораздо длиннее любого поста. Проверьте, тот ли это файл, или сократите текст в ячейке.</numerusform>
            <numerusform>В ячейке больше %n символов — гораздо длиннее любого поста. Проверьте, тот ли это файл, или сократите текст в ячейке.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="876"/>
        <source>The file is not UTF-8 text. In your spreadsheet app choose “CSV UTF-8” when saving.</source>
        <translation>Файл не в кодировке UTF-8. В программе для таблиц при сохранении выберите «CSV UTF-8».</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="880"/>
        <source>The file is not a valid CSV file. Save it again from your spreadsheet app as CSV.</source>
        <translation>Файл не является корректным CSV. Сохраните его заново в программе для таблиц как CSV.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="883"/>
        <source>The image %1 can&apos;t be read.</source>
        <translation>Не удаётся прочитать изображение %1.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="887"/>
        <source>%1 asked SMM Desk to slow down; the figures are fetched again after %2.</source>
        <translation>%1 просит SMM Desk снизить частоту запросов; показатели снова загрузятся после %2.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="893"/>
        <source>SMM Desk could not reach %1; the figures are fetched at the next refresh.</source>
        <translation>SMM Desk не удалось связаться с %1; показатели загрузятся при следующем обновлении.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="898"/>
        <source>%1 no longer accepts the saved login. Open Accounts and reconnect the account.</source>
        <translation>%1 больше не принимает сохранённые данные для входа. Откройте «Аккаунты» и переподключите аккаунт.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="904"/>
        <location filename="../../ui/problem_words.py" line="911"/>
        <source>%1 did not give the figures. SMM Desk tries again at the next refresh; if this stays, import the platform&apos;s stats file instead.</source>
        <translation>%1: показатели не получены. SMM Desk попробует снова при следующем обновлении; если это повторяется, импортируйте файл статистики платформы.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="918"/>
        <source>The figures from %1 could not be read. SMM Desk tries again at the next refresh.</source>
        <translation>Не удалось прочитать показатели, полученные от %1. SMM Desk попробует снова при следующем обновлении.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="923"/>
        <source>This account has no saved login. Open Accounts and reconnect it.</source>
        <translation>У этого аккаунта нет сохранённых данных для входа. Откройте «Аккаунты» и переподключите его.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="926"/>
        <source>The saved password or token is missing. Open Accounts and reconnect the account.</source>
        <translation>Сохранённый пароль или токен не найден. Откройте «Аккаунты» и переподключите аккаунт.</translation>
    </message>
</context>
<context>
    <name>PublishScheduleBox</name>
    <message>
        <location filename="../../ui/publishing/schedule_box.py" line="18"/>
        <source>Publish while SMM Desk is closed</source>
        <translation>Публиковать при закрытом SMM Desk</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/schedule_box.py" line="23"/>
        <source>Let this computer send your scheduled posts every 5 minutes, even when the SMM Desk window is closed (the computer must be on and you logged in).</source>
        <translation>Этот компьютер будет отправлять запланированные посты каждые 5 минут, даже когда окно SMM Desk закрыто (компьютер должен быть включён, а вы — в системе).</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/schedule_box.py" line="30"/>
        <source>Turn on</source>
        <translation>Включить</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/schedule_box.py" line="32"/>
        <source>Turn off</source>
        <translation>Выключить</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/schedule_box.py" line="52"/>
        <source>On: %1.</source>
        <translation>Включено: %1.</translation>
    </message>
    <message>
        <source>On: {what}.</source>
        <translation type="vanished">Включено: {what}.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/schedule_box.py" line="54"/>
        <source>Off. Posts go out only while SMM Desk is open.</source>
        <translation>Выключено. Посты выходят, только пока SMM Desk открыт.</translation>
    </message>
</context>
<context>
    <name>PublishingActions</name>
    <message>
        <location filename="../../ui/publishing/target_actions.py" line="77"/>
        <source>%1 @%2: not published</source>
        <translation>%1 @%2: не опубликован</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/target_actions.py" line="79"/>
        <source>%1 @%2: check whether it went out</source>
        <translation>%1 @%2: проверьте, вышел ли пост</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/target_actions.py" line="84"/>
        <source>See why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/target_actions.py" line="89"/>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/target_actions.py" line="136"/>
        <source>It will be sent in a moment.</source>
        <translation>Сейчас он будет отправлен.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/target_actions.py" line="157"/>
        <source>That did not work (%1). Try again.</source>
        <translation>Не получилось (%1). Попробуйте ещё раз.</translation>
    </message>
</context>
<context>
    <name>ReadyToPostDialog</name>
    <message>
        <source>Ready to post on {platform}</source>
        <translation type="vanished">Готово к публикации в {platform}</translation>
    </message>
    <message>
        <source>It is time for this post. The text is copied: paste it on {platform}. The photos ({count}) are in a folder, numbered in order. When it is up, mark it as posted.</source>
        <translation type="vanished">Пора публиковать этот пост. Текст скопирован: вставьте его в {platform}. Фото ({count}) лежат в папке, пронумерованы по порядку. Когда пост выйдет, отметьте его как опубликованный.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/ready_dialog.py" line="63"/>
        <source>Copy text again</source>
        <translation>Скопировать текст снова</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/ready_dialog.py" line="65"/>
        <source>Open photos folder</source>
        <translation>Открыть папку с фото</translation>
    </message>
    <message>
        <source>Open {platform}</source>
        <translation type="vanished">Открыть {platform}</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/ready_dialog.py" line="41"/>
        <source>Ready to post on %1</source>
        <translation>Готово к публикации в %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/publishing/ready_dialog.py" line="48"/>
        <source>It is time for this post. The text is copied: paste it on %1. The photos (%n) are in a folder, numbered in order. When it is up, mark it as posted.</source>
        <translation>
            <numerusform>Пора публиковать этот пост. Текст скопирован: вставьте его в %1. Фото (%n) лежат в папке, пронумерованы по порядку. Когда пост выйдет, отметьте его как опубликованный.</numerusform>
            <numerusform>Пора публиковать этот пост. Текст скопирован: вставьте его в %1. Фото (%n) лежат в папке, пронумерованы по порядку. Когда пост выйдет, отметьте его как опубликованный.</numerusform>
            <numerusform>Пора публиковать этот пост. Текст скопирован: вставьте его в %1. Фото (%n) лежат в папке, пронумерованы по порядку. Когда пост выйдет, отметьте его как опубликованный.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/publishing/ready_dialog.py" line="72"/>
        <source>Open %1</source>
        <translation>Открыть %1</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/ready_dialog.py" line="82"/>
        <source>Link to the post (optional)</source>
        <translation>Ссылка на пост (необязательно)</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/ready_dialog.py" line="86"/>
        <source>Later</source>
        <translation>Позже</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/ready_dialog.py" line="88"/>
        <source>Mark as posted</source>
        <translation>Опубликовано</translation>
    </message>
</context>
<context>
    <name>ReconnectSoonButton</name>
    <message>
        <location filename="../../ui/accounts/expiry.py" line="58"/>
        <source>Reconnect %1 (%2): its login expired</source>
        <translation>Переподключить %1 (%2): срок входа истёк</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/expiry.py" line="60"/>
        <source>Reconnect %1 (%2) by %3</source>
        <translation>Переподключить %1 (%2) до %3</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/expiry.py" line="61"/>
        <source>SMM Desk could not renew this login by itself. Click to reconnect it.</source>
        <translation>SMM Desk не удалось продлить этот вход самостоятельно. Нажмите, чтобы переподключить.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/accounts/expiry.py" line="63"/>
        <source>%n more account(s) need the same.</source>
        <translation>
            <numerusform>То же нужно сделать ещё для %n аккаунта.</numerusform>
            <numerusform>То же нужно сделать ещё для %n аккаунтов.</numerusform>
            <numerusform>То же нужно сделать ещё для %n аккаунтов.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RubricCombo</name>
    <message>
        <location filename="../../ui/composer/widgets.py" line="276"/>
        <source>No rubric</source>
        <translation>Без рубрики</translation>
    </message>
</context>
<context>
    <name>RubricsDialog</name>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="75"/>
        <source>Rubrics</source>
        <translation>Рубрики</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="79"/>
        <source>Rubrics are the kinds of post you make (product, tips, behind the scenes…). The target share is how much of your plan each should take.</source>
        <translation>Рубрики — это виды ваших постов (товар, советы, закулисье…). Целевая доля — какую часть плана должна занимать каждая.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="95"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="96"/>
        <source>Colour</source>
        <translation>Цвет</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="97"/>
        <source>Target share</source>
        <translation>Целевая доля</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="104"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="105"/>
        <source>Save changes</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="106"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="151"/>
        <source>Rubric colour</source>
        <translation>Цвет рубрики</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="167"/>
        <source>New rubric</source>
        <translation>Новая рубрика</translation>
    </message>
</context>
<context>
    <name>SchedulePanel</name>
    <message>
        <location filename="../../ui/composer/panels.py" line="83"/>
        <location filename="../../ui/composer/panels.py" line="197"/>
        <source>Post now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="84"/>
        <source>Next free slot</source>
        <translation>Ближайшее время</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="86"/>
        <source>Each account&apos;s next free posting time from its queue (Plan screen)</source>
        <translation>Ближайшее свободное время публикации каждого аккаунта из его очереди (экран «План»)</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="88"/>
        <source>At</source>
        <translation>Дата и время</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="104"/>
        <source>From the engagement of your own published posts (Dashboard).</source>
        <translation>По вовлечённости ваших опубликованных постов («Статистика»).</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="106"/>
        <source>Use this time</source>
        <translation>Выбрать это время</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="115"/>
        <location filename="../../ui/composer/panels.py" line="201"/>
        <source>Schedule</source>
        <translation>Запланировать</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="127"/>
        <source>Show in calendar</source>
        <translation>Показать в календаре</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="140"/>
        <source>No free posting time for %1: add posting times on the Plan screen, or pick a date and time.</source>
        <translation>Нет свободного времени публикации для %1: добавьте время на экране «План» или выберите дату и время.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/composer/panels.py" line="167"/>
        <source>Added to the queue of %n account(s).</source>
        <translation>
            <numerusform>Добавлено в очередь %n аккаунта.</numerusform>
            <numerusform>Добавлено в очереди %n аккаунтов.</numerusform>
            <numerusform>Добавлено в очереди %n аккаунтов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/composer/panels.py" line="171"/>
        <source>Sent to the queue for %n account(s): it goes out now.</source>
        <translation>
            <numerusform>Отправлено в очередь %n аккаунта: пост выходит сейчас.</numerusform>
            <numerusform>Отправлено в очереди %n аккаунтов: пост выходит сейчас.</numerusform>
            <numerusform>Отправлено в очереди %n аккаунтов: пост выходит сейчас.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/composer/panels.py" line="174"/>
        <source>Scheduled for %n account(s).</source>
        <translation>
            <numerusform>Запланировано для %n аккаунта.</numerusform>
            <numerusform>Запланировано для %n аккаунтов.</numerusform>
            <numerusform>Запланировано для %n аккаунтов.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="179"/>
        <source>%1: ready to post now; SMM Desk shows you the text and photos.</source>
        <translation>%1: готово к публикации сейчас; SMM Desk покажет вам текст и фото.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="186"/>
        <source>%1: ready to post at %2; SMM Desk will remind you then.</source>
        <translation>%1: готово к публикации в %2; SMM Desk напомнит вам в это время.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="199"/>
        <source>Add to queue</source>
        <translation>В очередь</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="219"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="225"/>
        <source>Your posts do best on %1.</source>
        <translation>Ваши посты лучше всего работают: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="242"/>
        <source>Write your post above, then schedule it here.</source>
        <translation>Напишите пост выше, затем запланируйте его здесь.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="261"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="272"/>
        <source>Choose at least one account above.</source>
        <translation>Выберите выше хотя бы один аккаунт.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="275"/>
        <source>Fix these before scheduling, or remove the account from the post:</source>
        <translation>Исправьте это перед планированием или уберите аккаунт из поста:</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="278"/>
        <source>Ready. Worth a look:</source>
        <translation>Готово. Стоит проверить:</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="280"/>
        <source>Ready to schedule: no problems found.</source>
        <translation>Можно планировать: проблем не найдено.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/settings_page.py" line="28"/>
        <source>Africa</source>
        <translation>Африка</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="29"/>
        <source>Americas</source>
        <translation>Америка</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="30"/>
        <source>Antarctica</source>
        <translation>Антарктида</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="31"/>
        <source>Arctic</source>
        <translation>Арктика</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="32"/>
        <source>Asia</source>
        <translation>Азия</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="33"/>
        <source>Atlantic Ocean</source>
        <translation>Атлантический океан</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="34"/>
        <source>Australia</source>
        <translation>Австралия</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="35"/>
        <source>Europe</source>
        <translation>Европа</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="36"/>
        <source>Indian Ocean</source>
        <translation>Индийский океан</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="37"/>
        <source>Pacific Ocean</source>
        <translation>Тихий океан</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="104"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="111"/>
        <source>Your shop</source>
        <translation>Ваш магазин</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="117"/>
        <source>e.g. Bakery Zoet</source>
        <translation>например, Пекарня «Колобок»</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="119"/>
        <source>Shop name</source>
        <translation>Название магазина</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="122"/>
        <source>Printed at the top of your reports, with the logo you chose for your photos (Media).</source>
        <translation>Печатается в шапке ваших отчётов вместе с логотипом, который вы выбрали для фото («Медиа»).</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="130"/>
        <source>Language and time</source>
        <translation>Язык и время</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="140"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="144"/>
        <source>Restart now</source>
        <translation>Перезапустить</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="160"/>
        <source>Gregorian</source>
        <translation>Григорианский</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="161"/>
        <source>Persian (Jalali)</source>
        <translation>Персидский (джалали)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="162"/>
        <source>Islamic</source>
        <translation>Исламский</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="168"/>
        <source>Calendar</source>
        <translation>Календарь</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="176"/>
        <source>Type a city or a country</source>
        <translation>Введите город или страну</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="178"/>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="180"/>
        <location filename="../../ui/settings_page.py" line="287"/>
        <source>Posting times are shown and scheduled in this time zone.</source>
        <translation>Время публикаций показывается и планируется в этом часовом поясе.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="186"/>
        <source>Your data</source>
        <translation>Ваши данные</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="189"/>
        <source>Data folder</source>
        <translation>Папка данных</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="190"/>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="191"/>
        <source>Log files</source>
        <translation>Журналы</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="197"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="202"/>
        <source>Photo hosting</source>
        <translation>Хостинг фото</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="207"/>
        <source>Set up…</source>
        <translation>Настроить…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="218"/>
        <source>About SMM Desk…</source>
        <translation>О программе SMM Desk…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="273"/>
        <location filename="../../ui/settings_page.py" line="284"/>
        <source>Unknown time zone: pick one from the list.</source>
        <translation>Неизвестный часовой пояс: выберите его из списка.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="311"/>
        <source>SMM Desk restarts in %1 — your work is saved.</source>
        <translation>SMM Desk перезапустится на языке «%1» — ваша работа сохранена.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="317"/>
        <source>The new language is used from the next start.</source>
        <translation>Новый язык будет применён при следующем запуске.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="333"/>
        <source>Not set up: Instagram posts, and Threads posts with photos, are assisted.</source>
        <translation>Не настроено: посты в Instagram и посты с фото в Threads публикуются с вашей помощью.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="335"/>
        <source>Instagram and Threads photos go through bucket %1.</source>
        <translation>Фото для Instagram и Threads идут через бакет %1.</translation>
    </message>
</context>
<context>
    <name>ShapeCombo</name>
    <message>
        <location filename="../../ui/composer/widgets.py" line="311"/>
        <source>Square 1:1</source>
        <translation>Квадрат 1:1</translation>
    </message>
    <message>
        <location filename="../../ui/composer/widgets.py" line="312"/>
        <source>Portrait 4:5</source>
        <translation>Вертикальный 4:5</translation>
    </message>
    <message>
        <location filename="../../ui/composer/widgets.py" line="313"/>
        <source>Landscape 1.91:1</source>
        <translation>Горизонтальный 1,91:1</translation>
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
        <location filename="../../ui/report/labels.py" line="18"/>
        <location filename="../../ui/report/monthly.py" line="221"/>
        <source>Followers</source>
        <translation>Подписчики</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="19"/>
        <source>New followers</source>
        <translation>Новые подписчики</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="20"/>
        <source>Growth</source>
        <translation>Прирост</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="21"/>
        <source>Posts published</source>
        <translation>Опубликовано постов</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="51"/>
        <location filename="../../ui/dashboard/posts_model.py" line="26"/>
        <location filename="../../ui/report/labels.py" line="22"/>
        <source>Reach</source>
        <translation>Охват</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="52"/>
        <source>Likes</source>
        <translation>Лайки</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="53"/>
        <source>Comments</source>
        <translation>Комментарии</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="54"/>
        <source>Shares</source>
        <translation>Репосты</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="55"/>
        <source>Saves</source>
        <translation>Сохранения</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="56"/>
        <source>Link clicks</source>
        <translation>Переходы по ссылке</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="70"/>
        <source>Enter a post&apos;s figures</source>
        <translation>Ввод показателей поста</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="74"/>
        <source>Copy the figures from the platform&apos;s app. Leave a figure at “—” if the platform does not show it. Earlier figures are kept.</source>
        <translation>Перепишите показатели из приложения платформы. Оставьте «—», если платформа показатель не показывает. Прежние значения сохраняются.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="89"/>
        <location filename="../../ui/dashboard/posts_model.py" line="23"/>
        <source>Post</source>
        <translation>Пост</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="143"/>
        <source>Add ad spend</source>
        <translation>Добавить расходы на рекламу</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="147"/>
        <source>Enter what a boosted post or an ad cost, as the ad manager shows it. Impressions, clicks and leads are optional; with them the Dashboard shows CPM, CPC and CPL.</source>
        <translation>Введите стоимость продвижения поста или рекламы, как в рекламном кабинете. Показы, клики и лиды необязательны; с ними «Статистика» покажет CPM, CPC и CPL.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="159"/>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="161"/>
        <source>No particular account</source>
        <translation>Без привязки к аккаунту</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/ad_spend_list.py" line="63"/>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="165"/>
        <location filename="../../ui/dashboard/import_dialog.py" line="120"/>
        <location filename="../../ui/dashboard/posts_model.py" line="22"/>
        <source>Account</source>
        <translation>Аккаунт</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/ad_spend_list.py" line="60"/>
        <location filename="../../ui/dashboard/cards.py" line="117"/>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="169"/>
        <source>Platform</source>
        <translation>Платформа</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="171"/>
        <source>e.g. Weekend boost</source>
        <translation>например, продвижение на выходных</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/ad_spend_list.py" line="50"/>
        <source>Money spent on ads, one line per day and campaign. It is used for cost per click, per thousand views, per lead and per new follower.</source>
        <translation>Расходы на рекламу, одна строка на день и кампанию. По ним считается цена клика, тысячи показов, лида и нового подписчика.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/ad_spend_list.py" line="61"/>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="172"/>
        <source>Campaign</source>
        <translation>Кампания</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/ad_spend_list.py" line="62"/>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="176"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/ad_spend_list.py" line="59"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/ad_spend_list.py" line="74"/>
        <source>No ad spend entered yet.</source>
        <translation>Расходы на рекламу пока не введены.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/ad_spend_list.py" line="77"/>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/ad_spend_list.py" line="78"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/ad_spend_list.py" line="139"/>
        <source>Delete ad spend</source>
        <translation>Удалить расходы на рекламу</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/ad_spend_list.py" line="141"/>
        <source>Delete %n ad spend entries? The costs per click and per follower are computed again without them.</source>
        <translation>
            <numerusform>Удалить %n запись о расходах на рекламу? Цена клика и подписчика будет пересчитана без неё.</numerusform>
            <numerusform>Удалить %n записи о расходах на рекламу? Цена клика и подписчика будет пересчитана без них.</numerusform>
            <numerusform>Удалить %n записей о расходах на рекламу? Цена клика и подписчика будет пересчитана без них.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete %1 ad spend entries? The costs per click and per follower are computed again without them.</source>
        <translation type="vanished">Удалить записи о расходах на рекламу (%1)? Цена клика и подписчика будет пересчитана без них.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="180"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="182"/>
        <source>Ad impressions</source>
        <translation>Показы рекламы</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="183"/>
        <source>Ad clicks</source>
        <translation>Клики по рекламе</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="184"/>
        <source>Leads</source>
        <translation>Лиды</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/posts_model.py" line="21"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/posts_model.py" line="24"/>
        <source>Engagement</source>
        <translation>Вовлечённость</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/posts_model.py" line="25"/>
        <location filename="../../ui/report/labels.py" line="23"/>
        <source>Interactions</source>
        <translation>Взаимодействия</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/posts_model.py" line="90"/>
        <source>Double-click to open it</source>
        <translation>Дважды щёлкните, чтобы открыть</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="24"/>
        <source>Engagement rate (by reach)</source>
        <translation>ER (по охвату)</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="25"/>
        <source>Engagement rate (by followers)</source>
        <translation>ER (по подписчикам)</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="26"/>
        <source>Reach rate</source>
        <translation>Доля охвата</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="27"/>
        <source>Click-through rate</source>
        <translation>CTR</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/ad_spend_list.py" line="45"/>
        <location filename="../../ui/report/labels.py" line="28"/>
        <source>Ad spend</source>
        <translation>Расходы на рекламу</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="29"/>
        <source>Cost per 1,000 impressions (CPM)</source>
        <translation>Цена 1000 показов (CPM)</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="30"/>
        <source>Cost per click (CPC)</source>
        <translation>Цена клика (CPC)</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="31"/>
        <source>Cost per lead (CPL)</source>
        <translation>Цена лида (CPL)</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="32"/>
        <source>Cost per new follower</source>
        <translation>Цена подписчика</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="36"/>
        <source>Followers at the end of the period, all chosen accounts together.</source>
        <translation>Подписчики на конец периода, по всем выбранным аккаунтам вместе.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="39"/>
        <source>Followers at the end minus followers at the start of the period.</source>
        <translation>Подписчики на конец периода минус подписчики на начало.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="42"/>
        <source>Growth: (followers at the end − followers at the start) / followers at the start.</source>
        <translation>Прирост: (подписчики на конец − подписчики на начало) / подписчики на начало.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="45"/>
        <source>Posts published in the period, per account.</source>
        <translation>Постов опубликовано за период, по аккаунтам.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="46"/>
        <source>Reach: the people who saw the period&apos;s posts, added up over the posts.</source>
        <translation>Охват: люди, увидевшие посты за период, суммарно по постам.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="49"/>
        <source>Interactions: likes + comments + shares + saves, counting those the platform reports.</source>
        <translation>Взаимодействия: лайки + комментарии + репосты + сохранения, из тех, что сообщает платформа.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="53"/>
        <source>Engagement rate by reach: interactions / reach, over posts that have a reach.</source>
        <translation>ER по охвату: взаимодействия / охват, по постам, у которых есть охват.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="56"/>
        <source>Engagement rate by followers: interactions per post / followers.</source>
        <translation>ER по подписчикам: взаимодействия на пост / подписчики.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="59"/>
        <source>Reach rate: reach per post / followers.</source>
        <translation>Доля охвата: охват поста / подписчики.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="60"/>
        <source>Click-through rate: clicks / impressions (or reach, without impressions).</source>
        <translation>CTR: клики / показы (или охват, если показов нет).</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="63"/>
        <source>Money spent on ads in the period, as entered.</source>
        <translation>Расходы на рекламу за период, как введено.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="64"/>
        <source>CPM: ad spend per 1,000 ad impressions.</source>
        <translation>CPM: расходы на рекламу на 1000 показов рекламы.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="65"/>
        <source>CPC: ad spend / ad clicks.</source>
        <translation>CPC: расходы на рекламу / клики по рекламе.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="66"/>
        <source>CPL: ad spend / leads.</source>
        <translation>CPL: расходы на рекламу / лиды.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="67"/>
        <source>Cost per new follower: ad spend / new followers in the period.</source>
        <translation>Цена подписчика: расходы на рекламу / новые подписчики за период.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="73"/>
        <source>likes</source>
        <translation>лайки</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="74"/>
        <source>comments</source>
        <translation>комментарии</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="75"/>
        <source>shares</source>
        <translation>репосты</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="76"/>
        <source>saves</source>
        <translation>сохранения</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="77"/>
        <source>impressions</source>
        <translation>показы</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="78"/>
        <source>reach</source>
        <translation>охват</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="79"/>
        <source>clicks</source>
        <translation>клики</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="80"/>
        <source>followers</source>
        <translation>подписчики</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="81"/>
        <source>reach of the day</source>
        <translation>охват за день</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="82"/>
        <source>views of the day</source>
        <translation>просмотры за день</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="83"/>
        <source>new followers</source>
        <translation>новые подписчики</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="84"/>
        <source>lost followers</source>
        <translation>отписки</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="94"/>
        <source>Mon</source>
        <translation>Пн</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="95"/>
        <source>Tue</source>
        <translation>Вт</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="96"/>
        <source>Wed</source>
        <translation>Ср</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="97"/>
        <source>Thu</source>
        <translation>Чт</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="98"/>
        <source>Fri</source>
        <translation>Пт</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="99"/>
        <source>Sat</source>
        <translation>Сб</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="100"/>
        <source>Sun</source>
        <translation>Вс</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="127"/>
        <source>not enough data</source>
        <translation>мало данных</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="134"/>
        <source>Counted here: %1.</source>
        <translation>Учтено здесь: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="159"/>
        <source>pp</source>
        <translation>п. п.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="197"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="214"/>
        <source>Monthly report: %1</source>
        <translation>Отчёт за месяц: %1</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="216"/>
        <source>Weekly report: %1</source>
        <translation>Отчёт за неделю: %1</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="218"/>
        <source>Report for %1</source>
        <translation>Отчёт за %1</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="220"/>
        <source>Report on %1: %2</source>
        <translation>Отчёт за %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="238"/>
        <source>Reach %1 on the period before.</source>
        <translation>Охват: %1 к предыдущему периоду.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="241"/>
        <source>Reach: %1 (nothing to compare with yet).</source>
        <translation>Охват: %1 (сравнивать пока не с чем).</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="248"/>
        <source>%1 engaged best (%2 engagement rate).</source>
        <translation>Лучшая вовлечённость — у %1 (ER %2).</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="258"/>
        <source>Posts in “%1” did best (%2 engagement rate).</source>
        <translation>Лучше всего сработали посты рубрики «%1» (ER %2).</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="267"/>
        <source>Post more on %1 around %2: your posts at that time did best.</source>
        <translation>Публикуйте больше постов: %1, около %2 — в это время ваши посты сработали лучше всего.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="276"/>
        <source>Too few posts yet to say which day works best: an hour needs %1 posts before it counts.</source>
        <translation>Пока слишком мало постов, чтобы понять, какой день лучше: час учитывается, когда в нём не меньше %1 постов.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/cards.py" line="63"/>
        <source>%1 vs previous period</source>
        <translation>%1 к прошлому периоду</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/cards.py" line="65"/>
        <source>no comparison yet</source>
        <translation>сравнивать пока не с чем</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/cards.py" line="111"/>
        <source>Reach and engagement of each platform&apos;s posts in the period.</source>
        <translation>Охват и вовлечённость постов каждой платформы за период.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="122"/>
        <source>Followers over time</source>
        <translation>Подписчики по дням</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="129"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="133"/>
        <source>Followers are counted once a day while SMM Desk runs, or imported from a daily stats file.</source>
        <translation>Подписчики считаются раз в день, пока работает SMM Desk, или импортируются из файла ежедневной статистики.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="141"/>
        <location filename="../../ui/report/monthly.py" line="227"/>
        <source>Engagement rate per post</source>
        <translation>ER по постам</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/charts.py" line="147"/>
        <location filename="../../ui/dashboard/charts.py" line="165"/>
        <location filename="../../ui/dashboard/charts.py" line="231"/>
        <location filename="../../ui/report/monthly.py" line="286"/>
        <location filename="../../ui/report/monthly.py" line="335"/>
        <source>%n posts</source>
        <translation>
            <numerusform>%n пост</numerusform>
            <numerusform>%n поста</numerusform>
            <numerusform>%n постов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/charts.py" line="150"/>
        <source>%n without a reach figure left out</source>
        <translation>
            <numerusform>без охвата не учтено: %n</numerusform>
            <numerusform>без охвата не учтено: %n</numerusform>
            <numerusform>без охвата не учтено: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="212"/>
        <source>Suggested: %1, the darkest cell (outlined)</source>
        <translation>Рекомендуем: %1, самая тёмная ячейка (в рамке)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="217"/>
        <source>next best: %1</source>
        <translation>на втором месте: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="222"/>
        <source>No suggestion yet: every hour you posted at has fewer than %1 posts (grey), too few to trust.</source>
        <translation>Рекомендации пока нет: в каждом часе, когда вы публиковали, меньше %1 постов (серые), — слишком мало для выводов.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="230"/>
        <source>%1 of the last %2; grey: fewer than %3 posts</source>
        <translation>%1 за последние %2; серые — меньше %3 постов</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/charts.py" line="232"/>
        <location filename="../../ui/report/labels.py" line="221"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 posts</source>
        <translation type="vanished">постов: %1</translation>
    </message>
    <message>
        <source>%1 without a reach figure are left out</source>
        <translation type="vanished">без охвата не учтено: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="168"/>
        <source>ER %1</source>
        <translation>ER %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="170"/>
        <source>Too few posts to trust</source>
        <translation>Слишком мало постов для выводов</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="197"/>
        <source>Best time to post</source>
        <translation>Лучшее время для постов</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="199"/>
        <source>From your own posts: the mean engagement rate of the posts published in each hour of each weekday. The number is how many posts; grey cells have too few to trust.</source>
        <translation>По вашим постам: средний ER постов, опубликованных в каждый час каждого дня недели. Число — сколько постов; в серых ячейках их слишком мало для выводов.</translation>
    </message>
    <message>
        <source>Suggested: %1</source>
        <translation type="vanished">Рекомендуем: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="228"/>
        <source>Not enough posts yet for a suggestion.</source>
        <translation>Пока мало постов для рекомендации.</translation>
    </message>
    <message>
        <source>%1 posts of the last %2 days; grey: fewer than %3 posts</source>
        <translation type="vanished">постов за %2 дн.: %1; серые — меньше %3</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="243"/>
        <source>Rubric performance</source>
        <translation>Эффективность рубрик</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="245"/>
        <source>Blue: the rubric&apos;s share of the period&apos;s posts. Grey: its share in your plan. The engagement rate is the mean over the rubric&apos;s posts.</source>
        <translation>Синий: доля рубрики среди постов периода. Серый: её доля в плане. ER — среднее по постам рубрики.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="254"/>
        <source>Blue: share of posts · grey: share in the plan</source>
        <translation>Синий: доля постов · серый: доля в плане</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="70"/>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="71"/>
        <source>What happens</source>
        <translation>Что будет</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="72"/>
        <source>Figures or problem</source>
        <translation>Показатели или проблема</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="52"/>
        <source>new post, imported</source>
        <translation>новый пост, импортирован</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="52"/>
        <source>imported</source>
        <translation>импортировано</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="53"/>
        <source>already imported</source>
        <translation>уже импортировано</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="54"/>
        <source>skipped</source>
        <translation>пропущено</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="87"/>
        <location filename="../../ui/dashboard/page.py" line="181"/>
        <source>Import a stats file</source>
        <translation>Импорт файла статистики</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="95"/>
        <source>Download the stats file from the platform (for Instagram and Facebook: Meta Business Suite › Insights › Content › Export; for X: Analytics › Export data; for VK: Statistics › Export), then choose it here. Nothing is stored until you press Import.</source>
        <translation>Скачайте файл статистики с платформы (Instagram и Facebook: Meta Business Suite › Статистика › Контент › Экспорт; X: Analytics › Export data; VK: Статистика › Экспорт), затем выберите его здесь. Ничего не сохраняется, пока вы не нажмёте «Импорт».</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="106"/>
        <source>The .csv file</source>
        <translation>Файл .csv</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="107"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="111"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="115"/>
        <source>Kind of file</source>
        <translation>Тип файла</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="117"/>
        <source>The only account of that platform</source>
        <translation>Единственный аккаунт этой платформы</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="137"/>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="149"/>
        <source>Choose the stats file</source>
        <translation>Выберите файл статистики</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="149"/>
        <source>CSV files (*.csv *.txt)</source>
        <translation>Файлы CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="163"/>
        <source>Stopping…</source>
        <translation>Останавливаем…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="217"/>
        <source>Reading the file…</source>
        <translation>Читаем файл…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="251"/>
        <source>For %1: %2, %3 already imported, %4 with a problem (they are skipped).</source>
        <translation>Для %1: %2, уже импортировано — %3, с проблемами — %4 (будут пропущены).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/import_dialog.py" line="253"/>
        <source>%n rows to import</source>
        <translation>
            <numerusform>%n строка к импорту</numerusform>
            <numerusform>%n строки к импорту</numerusform>
            <numerusform>%n строк к импорту</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="277"/>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/import_dialog.py" line="278"/>
        <source>Imported %n figures</source>
        <translation>
            <numerusform>Импортирован %n показатель</numerusform>
            <numerusform>Импортировано %n показателя</numerusform>
            <numerusform>Импортировано %n показателей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/import_dialog.py" line="279"/>
        <source>%n posts were new to SMM Desk.</source>
        <translation>
            <numerusform>%n пост оказался новым для SMM Desk.</numerusform>
            <numerusform>%n поста оказались новыми для SMM Desk.</numerusform>
            <numerusform>%n постов оказались новыми для SMM Desk.</numerusform>
        </translation>
    </message>
    <message>
        <source>For %1: %2 rows to import, %3 already imported, %4 with a problem (they are skipped).</source>
        <translation type="vanished">Для %1: строк к импорту — %2, уже импортировано — %3, с проблемами — %4 (будут пропущены).</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="265"/>
        <source>Importing…</source>
        <translation>Импортируем…</translation>
    </message>
    <message>
        <source>Imported %1 figures; %2 posts were new to SMM Desk.</source>
        <translation type="vanished">Импортировано показателей: %1; новых для SMM Desk постов: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="123"/>
        <source>Dashboard</source>
        <translation>Статистика</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="128"/>
        <source>Show one account or all of them together</source>
        <translation>Показать один аккаунт или все вместе</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="133"/>
        <source>Add figures</source>
        <translation>Добавить данные</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="137"/>
        <source>Import a stats file, or enter figures by hand</source>
        <translation>Импортировать файл статистики или ввести показатели вручную</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="139"/>
        <source>Import a stats file…</source>
        <translation>Импорт файла статистики…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="141"/>
        <source>Enter a post&apos;s figures…</source>
        <translation>Ввести показатели поста…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="143"/>
        <source>Add ad spend…</source>
        <translation>Добавить расходы на рекламу…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="144"/>
        <source>Ad spend entries…</source>
        <translation>Записи о расходах…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="146"/>
        <source>Report…</source>
        <translation>Отчёт…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="148"/>
        <source>Save this period as a PDF report, with its numbers as CSV beside it</source>
        <translation>Сохранить период как отчёт PDF, а цифры — рядом в CSV</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="150"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="151"/>
        <source>Fetch the latest figures from the platforms</source>
        <translation>Загрузить свежие показатели с платформ</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="163"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="165"/>
        <source>Open the saved report</source>
        <translation>Открыть сохранённый отчёт</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="176"/>
        <source>See what works</source>
        <translation>Смотрите, что работает</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="178"/>
        <source>Your followers, reach and best posts appear here once there are figures: connect an account, or import the stats file a platform lets you download.</source>
        <translation>Подписчики, охват и лучшие посты появятся здесь, когда будут данные: подключите аккаунт или импортируйте файл статистики, который можно скачать на платформе.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="192"/>
        <source>Best post</source>
        <translation>Лучший пост</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="212"/>
        <location filename="../../ui/report/monthly.py" line="300"/>
        <source>Top posts</source>
        <translation>Лучшие посты</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="213"/>
        <location filename="../../ui/report/monthly.py" line="304"/>
        <source>Posts that worked least</source>
        <translation>Наименее удачные посты</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="264"/>
        <location filename="../../ui/report/monthly.py" line="150"/>
        <source>All accounts</source>
        <translation>Все аккаунты</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="290"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="305"/>
        <source>The figures could not be loaded: %1</source>
        <translation>Не удалось загрузить показатели: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="335"/>
        <source>%1 new</source>
        <translation>новых: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="348"/>
        <location filename="../../ui/dashboard/page.py" line="356"/>
        <source>The post with the highest engagement rate by reach in the period.</source>
        <translation>Пост с самым высоким ER по охвату за период.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="369"/>
        <source>%1, compared with %2</source>
        <translation>%1 в сравнении с %2</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="411"/>
        <source>Save the report</source>
        <translation>Сохранить отчёт</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="411"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="443"/>
        <source>Report saved: %1</source>
        <translation>Отчёт сохранён: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_bar.py" line="109"/>
        <location filename="../../ui/dashboard/live_bar.py" line="124"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_bar.py" line="114"/>
        <source>None of your accounts can be read live: import their stats files.</source>
        <translation>Ни один аккаунт нельзя прочитать напрямую: импортируйте их файлы статистики.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_bar.py" line="116"/>
        <source>Stopped; the figures fetched so far are kept.</source>
        <translation>Остановлено; уже загруженные показатели сохранены.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_bar.py" line="151"/>
        <source>Stop</source>
        <extracomment>the last refresh&apos;s English lines behind its notice (``report_details``)</extracomment>
        <translation>Стоп</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_bar.py" line="153"/>
        <source>Stop fetching after the account being read now; what arrived is kept</source>
        <translation>Остановить загрузку после текущего аккаунта; полученное сохранится</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_bar.py" line="177"/>
        <source>The demo workspace shows made-up figures; it never fetches from the platforms.</source>
        <translation>Демо-пространство показывает вымышленные цифры и никогда не обращается к платформам.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_bar.py" line="189"/>
        <source>Stopping after the account being read now…</source>
        <translation>Остановимся после текущего аккаунта…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_bar.py" line="196"/>
        <source>Fetching the latest figures…</source>
        <translation>Загружаем свежие показатели…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_bar.py" line="203"/>
        <source>Fetching the figures of %1 (%2 of %3)…</source>
        <translation>Загружаем показатели %1 (%2 из %3)…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_bar.py" line="218"/>
        <source>The figures could not be fetched: %1</source>
        <translation>Не удалось загрузить показатели: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/period_picker.py" line="46"/>
        <source>Last 7 days</source>
        <translation>7 дней</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/period_picker.py" line="47"/>
        <source>Last 30 days</source>
        <translation>30 дней</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/period_picker.py" line="48"/>
        <source>Last 90 days</source>
        <translation>90 дней</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/period_picker.py" line="49"/>
        <source>This month</source>
        <translation>Этот месяц</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/period_picker.py" line="50"/>
        <source>Last month</source>
        <translation>Прошлый месяц</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/period_picker.py" line="51"/>
        <source>Custom…</source>
        <translation>Период…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/period_picker.py" line="57"/>
        <source>Every figure is compared with the period just before.</source>
        <translation>Каждый показатель сравнивается с предыдущим периодом.</translation>
    </message>
    <message>
        <source>SMM Desk report</source>
        <translation type="vanished">Отчёт SMM Desk</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation type="vanished">Отчёт за месяц</translation>
    </message>
    <message>
        <source>%1 · compared with %2</source>
        <translation type="vanished">%1 · в сравнении с %2</translation>
    </message>
    <message>
        <location filename="../../ui/report/monthly.py" line="152"/>
        <source>%1 · %2, compared with %3</source>
        <translation>%1 · %2, в сравнении с %3</translation>
    </message>
    <message>
        <location filename="../../ui/report/monthly.py" line="178"/>
        <source>This period</source>
        <translation>Этот период</translation>
    </message>
    <message>
        <location filename="../../ui/report/monthly.py" line="178"/>
        <source>Previous</source>
        <translation>Прошлый</translation>
    </message>
    <message>
        <location filename="../../ui/report/monthly.py" line="178"/>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <location filename="../../ui/report/monthly.py" line="285"/>
        <source>Best time to post (%1; grey: fewer than %2 posts, too few to trust)</source>
        <translation>Лучшее время для постов (%1; серые — меньше %2 постов, слишком мало для выводов)</translation>
    </message>
    <message>
        <location filename="../../ui/report/monthly.py" line="314"/>
        <source>By platform</source>
        <translation>По платформам</translation>
    </message>
    <message>
        <location filename="../../ui/report/monthly.py" line="334"/>
        <source>%1 · reach %2 · interactions %3 · engagement rate %4</source>
        <translation>%1 · охват %2 · взаимодействия %3 · ER %4</translation>
    </message>
    <message>
        <location filename="../../ui/report/monthly.py" line="366"/>
        <source>%1 · engagement rate %2 · reach %3</source>
        <translation>%1 · ER %2 · охват %3</translation>
    </message>
    <message>
        <source>Best time to post (%1 posts; grey: fewer than %2 posts, too few to trust)</source>
        <translation type="vanished">Лучшее время для постов (постов: %1; серые — меньше %2, слишком мало для выводов)</translation>
    </message>
    <message>
        <location filename="../../ui/report/monthly.py" line="296"/>
        <source>Rubric mix: share of posts against the plan, and engagement</source>
        <translation>Рубрики: доля постов в сравнении с планом и вовлечённость</translation>
    </message>
    <message>
        <location filename="../../ui/report/painting.py" line="298"/>
        <source>Fewer interactions</source>
        <translation>Меньше взаимодействий</translation>
    </message>
    <message>
        <location filename="../../ui/report/painting.py" line="302"/>
        <source>more</source>
        <translation>больше</translation>
    </message>
    <message>
        <location filename="../../ui/report/painting.py" line="306"/>
        <source>too few posts to trust</source>
        <translation>слишком мало постов для выводов</translation>
    </message>
    <message>
        <location filename="../../ui/report/painting.py" line="313"/>
        <source>suggested</source>
        <translation>рекомендация</translation>
    </message>
    <message>
        <location filename="../../ui/report/painting.py" line="341"/>
        <source>%1 of posts (plan %2) · ER %3</source>
        <translation>%1 (план %2) · ER %3</translation>
    </message>
</context>
<context>
    <name>StatusBarNotifier</name>
    <message numerus="yes">
        <location filename="../../ui/publishing/notifier.py" line="175"/>
        <source>(+%n more)</source>
        <translation>
            <numerusform>(ещё %n)</numerusform>
            <numerusform>(ещё %n)</numerusform>
            <numerusform>(ещё %n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="333"/>
        <source>Step %1 of %2: %3</source>
        <translation>Шаг %1 из %2: %3</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="353"/>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="354"/>
        <source>Copy %1</source>
        <translation>Копировать %1</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="375"/>
        <source>Copied: %1</source>
        <translation>Скопировано: %1</translation>
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
        <location filename="../../ui/composer/version_tab.py" line="130"/>
        <source>Own version for %1.</source>
        <translation>Своя версия для %1.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/version_tab.py" line="135"/>
        <source>Follows the main text. Change it here to adapt it for %1.</source>
        <translation>Повторяет основной текст. Измените его здесь, чтобы адаптировать для %1.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/version_tab.py" line="75"/>
        <source>Different time for this account</source>
        <translation>Другое время для этого аккаунта</translation>
    </message>
    <message>
        <location filename="../../ui/composer/version_tab.py" line="131"/>
        <source>Use the main text again</source>
        <translation>Вернуть основной текст</translation>
    </message>
    <message>
        <location filename="../../ui/composer/version_tab.py" line="137"/>
        <source>Write a separate version</source>
        <translation>Написать отдельную версию</translation>
    </message>
</context>
<context>
    <name>WeekGrid</name>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="215"/>
        <source>Posting times of the week</source>
        <translation>Время публикаций на неделе</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <location filename="../../ui/calendar/welcome.py" line="68"/>
        <source>Welcome to SMM Desk</source>
        <extracomment>Starts a detached process (tests record the command instead of starting a second app).</extracomment>
        <translation>Добро пожаловать в SMM Desk</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/welcome.py" line="77"/>
        <source>Plan your posts for every platform in one calendar, and SMM Desk posts them on time or reminds you. Start in one of three ways:</source>
        <translation>Планируйте посты для всех платформ в одном календаре, а SMM Desk опубликует их вовремя или напомнит вам. Начните одним из трёх способов:</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/welcome.py" line="92"/>
        <location filename="../../ui/calendar/welcome.py" line="97"/>
        <source>Connect an account</source>
        <translation>Подключить аккаунт</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/welcome.py" line="94"/>
        <source>Bluesky, Mastodon and Telegram get your posts at the planned time. For Instagram and the others SMM Desk reminds you, with the text and photos ready.</source>
        <translation>Bluesky, Mastodon и Telegram получат ваши посты в запланированное время. Для Instagram и остальных SMM Desk напомнит вам, подготовив текст и фото.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/welcome.py" line="102"/>
        <source>Look around in the demo</source>
        <translation>Осмотреться в демо</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/welcome.py" line="105"/>
        <source>A made-up bakery with three accounts, a month of posts and their figures. It opens in a second window and never touches your own plan. Later, start it with: %1</source>
        <translation>Вымышленная пекарня с тремя аккаунтами, постами за месяц и их статистикой. Демо откроется во втором окне и никак не затронет ваш план. Позже его можно запустить так: %1</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/welcome.py" line="111"/>
        <source>Open the demo</source>
        <translation>Открыть демо</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/welcome.py" line="116"/>
        <source>Import a spreadsheet</source>
        <translation>Импортировать таблицу</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/welcome.py" line="118"/>
        <source>Already plan in Excel or Google Sheets? Save it as CSV (date, accounts, text) and bring the posts in: you see every row before anything is imported.</source>
        <translation>Уже планируете в Excel или Google Таблицах? Сохраните план как CSV (дата, аккаунты, текст) и загрузите посты: вы увидите каждую строку до того, как что-либо будет импортировано.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/welcome.py" line="121"/>
        <source>Import a spreadsheet…</source>
        <translation>Импортировать таблицу…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/welcome.py" line="133"/>
        <source>Or start with an empty plan</source>
        <translation>Или начать с пустого плана</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/welcome.py" line="201"/>
        <source>The demo is opening in a second window. Close it when you are done; nothing in it reaches your own plan.</source>
        <translation>Демо открывается во втором окне. Закройте его, когда закончите; ничего из него не попадёт в ваш план.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/welcome.py" line="208"/>
        <source>The demo could not be started from here. Start it with: %1</source>
        <translation>Не удалось запустить демо отсюда. Запустите его так: %1</translation>
    </message>
</context>
</TS>
