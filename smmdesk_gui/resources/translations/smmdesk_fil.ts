<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fil_PH">
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
        <translation>May nagkaproblema, pero ligtas ang trabaho mo.</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="80"/>
        <source>SMM Desk keeps running. The details were saved in the log file:
%1</source>
        <translation>Tuloy ang SMM Desk. Naka-save ang mga detalye sa log file:
%1</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="103"/>
        <source>The data file is damaged, so SMM Desk cannot open it safely.</source>
        <translation>Sira ang data file, kaya hindi ito mabuksan nang ligtas ng SMM Desk.</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="107"/>
        <source>SMM Desk can put back the newest good copy, saved %1. The damaged file is kept beside it under a new name (%2), never deleted.</source>
        <translation>Maibabalik ng SMM Desk ang pinakabagong maayos na kopya, na na-save noong %1. Itatabi ang sirang file sa tabi nito sa bagong pangalan (%2), at hindi kailanman buburahin.</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="115"/>
        <source>Put back the copy</source>
        <translation>Ibalik ang kopya</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="116"/>
        <source>Not now</source>
        <translation>Hindi ngayon</translation>
    </message>
    <message>
        <source>SMM Desk keeps running. The details were saved in the log file:
{path}</source>
        <translation type="vanished">Tuloy ang SMM Desk. Naka-save ang mga detalye sa log file:
{path}</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about.py" line="86"/>
        <source>About SMM Desk</source>
        <translation>Tungkol sa SMM Desk</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="96"/>
        <source>SMM Desk</source>
        <translation>SMM Desk</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation type="vanished">Bersyon {version}</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="102"/>
        <source>Version %1</source>
        <translation>Bersyon %1</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="106"/>
        <source>Plan, write, publish and measure your social media posts.</source>
        <translation>Magplano, sumulat, mag-publish at sukatin ang mga post mo sa social media.</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="114"/>
        <source>Your data folder</source>
        <translation>Ang folder ng data mo</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="117"/>
        <source>Log files</source>
        <translation>Mga log file</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="123"/>
        <source>SMM Desk is built with the open-source components below. Select one to read its license.</source>
        <translation>Ginawa ang SMM Desk gamit ang mga open-source na bahagi sa ibaba. Pumili ng isa para mabasa ang lisensya nito.</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="150"/>
        <source>Select a component to read its license.</source>
        <translation>Pumili ng bahagi para mabasa ang lisensya nito.</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="160"/>
        <source>Copy details</source>
        <translation>Kopyahin ang detalye</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="163"/>
        <source>Copy the version and folders, to paste into a message to support.</source>
        <translation>Kopyahin ang bersyon at mga folder, para i-paste sa mensahe sa support.</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="179"/>
        <source>Open folder</source>
        <translation>Buksan ang folder</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="195"/>
        <source>no file manager answered</source>
        <translation>walang file manager na sumagot</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="201"/>
        <source>Could not open the folder</source>
        <translation>Hindi mabuksan ang folder</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="203"/>
        <source>SMM Desk could not open the folder (%1). You can find it here:
%2</source>
        <translation>Hindi mabuksan ng SMM Desk ang folder (%1). Makikita mo ito rito:
%2</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="235"/>
        <source>No license text ships with this component; its license is %1.</source>
        <translation>Walang kasamang teksto ng lisensya ang bahaging ito; ang lisensya nito ay %1.</translation>
    </message>
    <message>
        <source>SMM Desk could not open the folder ({reason}). You can find it here:
{folder}</source>
        <translation type="vanished">Hindi mabuksan ng SMM Desk ang folder ({reason}). Makikita mo ito rito:
{folder}</translation>
    </message>
    <message>
        <source>No license text ships with this component; its license is {name}.</source>
        <translation type="vanished">Walang kasamang teksto ng lisensya ang bahaging ito; ang lisensya nito ay {name}.</translation>
    </message>
</context>
<context>
    <name>AccountChips</name>
    <message>
        <location filename="../../ui/composer/widgets.py" line="191"/>
        <source>Needs reconnecting (Accounts screen)</source>
        <translation>Kailangang i-reconnect (screen ng Mga Account)</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <location filename="../../ui/accounts/model.py" line="28"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="29"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="30"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="31"/>
        <source>Last checked</source>
        <translation>Huling tiningnan</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="64"/>
        <source>Needs reconnecting</source>
        <translation>Kailangang i-reconnect</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="66"/>
        <source>Disconnected</source>
        <translation>Naka-disconnect</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="68"/>
        <source>Reminders (you post)</source>
        <translation>Paalala (ikaw ang magpo-post)</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="69"/>
        <source>Connected</source>
        <translation>Nakakonekta</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <location filename="../../ui/accounts/page.py" line="53"/>
        <source>Accounts</source>
        <translation>Mga Account</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="60"/>
        <location filename="../../ui/accounts/page.py" line="69"/>
        <location filename="../../ui/accounts/page.py" line="74"/>
        <source>Connect an account</source>
        <translation>Magkonekta ng account</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="71"/>
        <source>Connect Bluesky, Mastodon or Telegram and SMM Desk posts for you at the planned time. Add Instagram and the others to get a reminder with everything ready.</source>
        <translation>Ikonekta ang Bluesky, Mastodon o Telegram at ipo-post ng SMM Desk para sa iyo sa nakaplanong oras. Idagdag ang Instagram at iba pa para mapaalalahanan ka, handa na ang lahat.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="100"/>
        <source>Test connection</source>
        <translation>Subukan ang koneksyon</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="102"/>
        <source>Reconnect…</source>
        <translation>I-reconnect…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="104"/>
        <location filename="../../ui/accounts/page.py" line="169"/>
        <location filename="../../ui/accounts/page.py" line="263"/>
        <source>Remove</source>
        <translation>Alisin</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="185"/>
        <source>Something went wrong ({name}). Try again; details are in the log.</source>
        <translation>May nagkaproblema ({name}). Subukan ulit; nasa log ang mga detalye.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="212"/>
        <source>{handle} added. SMM Desk will remind you when its posts are due.</source>
        <translation>Naidagdag ang {handle}. Ipapaalala ng SMM Desk kapag oras na ng mga post nito.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="217"/>
        <source>{handle} is connected and works.</source>
        <translation>Nakakonekta at gumagana ang {handle}.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="231"/>
        <source>Testing {handle}…</source>
        <translation>Sinusubukan ang {handle}…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="237"/>
        <source>{handle} works.</source>
        <translation>Gumagana ang {handle}.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="254"/>
        <source>Yes, remove</source>
        <translation>Oo, alisin</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="257"/>
        <source>Remove {handle}? Its saved login is deleted; posts already sent stay in your plan. Click &quot;Yes, remove&quot; to go ahead.</source>
        <translation>Alisin ang {handle}? Mabubura ang naka-save nitong login; mananatili sa plano mo ang mga naipadalang post. I-click ang &quot;Oo, alisin&quot; para ituloy.</translation>
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
        <translation>Hindi ma-save ang draft (%1). Nandito pa ang teksto mo.</translation>
    </message>
</context>
<context>
    <name>BacklogPanel</name>
    <message>
        <location filename="../../ui/calendar/backlog.py" line="37"/>
        <source>Ideas</source>
        <translation>Mga ideya</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/backlog.py" line="45"/>
        <source>Recently edited</source>
        <translation>Huling binago</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/backlog.py" line="46"/>
        <source>Newest</source>
        <translation>Pinakabago</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/backlog.py" line="47"/>
        <source>A–Z</source>
        <translation>A–Z</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/backlog.py" line="48"/>
        <source>By rubric</source>
        <translation>Ayon sa rubrik</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/backlog.py" line="56"/>
        <source>Posts without a date. Drag one onto a day, or put it in the queue.</source>
        <translation>Mga post na walang petsa. I-drag ang isa sa isang araw, o ilagay sa pila.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/backlog.py" line="76"/>
        <source>Add to queue</source>
        <translation>Ilagay sa pila</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/backlog.py" line="78"/>
        <source>Put the selected ideas into each account&apos;s next free posting time</source>
        <translation>Ilagay ang mga napiling ideya sa susunod na bakanteng oras ng pag-post ng bawat account</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/backlog.py" line="88"/>
        <source>Ideas (%1)</source>
        <translation>Mga ideya (%1)</translation>
    </message>
</context>
<context>
    <name>ComponentsModel</name>
    <message>
        <location filename="../../ui/about.py" line="49"/>
        <source>Component</source>
        <translation>Bahagi</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="49"/>
        <source>Version</source>
        <translation>Bersyon</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="49"/>
        <source>License</source>
        <translation>Lisensya</translation>
    </message>
</context>
<context>
    <name>ComposePage</name>
    <message>
        <location filename="../../ui/composer/page.py" line="135"/>
        <source>Post to:</source>
        <translation>I-post sa:</translation>
    </message>
    <message>
        <location filename="../../ui/composer/page.py" line="139"/>
        <source>Rubric:</source>
        <translation>Rubrik:</translation>
    </message>
    <message>
        <location filename="../../ui/composer/page.py" line="145"/>
        <source>New post</source>
        <translation>Bagong post</translation>
    </message>
    <message>
        <location filename="../../ui/composer/page.py" line="150"/>
        <source>No accounts yet: add one on the Accounts screen. You can already write.</source>
        <translation>Wala pang account: magdagdag sa screen ng Mga Account. Puwede ka nang sumulat.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/page.py" line="166"/>
        <source>Write your post here. Each account can get its own version in its tab.</source>
        <translation>Isulat dito ang post mo. Puwedeng may sariling bersyon ang bawat account sa tab nito.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/page.py" line="191"/>
        <source>Instagram shape:</source>
        <translation>Hugis sa Instagram:</translation>
    </message>
    <message>
        <location filename="../../ui/composer/page.py" line="306"/>
        <source>Something went wrong: %1. Your text is still here.</source>
        <translation>May nagkaproblema: %1. Nandito pa ang teksto mo.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/page.py" line="179"/>
        <source>Main text</source>
        <translation>Pangunahing teksto</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="40"/>
        <source>Handle</source>
        <translation>Handle</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="42"/>
        <source>App password</source>
        <translation>App password</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="43"/>
        <source>In Bluesky: Settings &gt; Privacy and security &gt; App passwords &gt; Add. Never use your main password here.</source>
        <translation>Sa Bluesky: Settings &gt; Privacy and security &gt; App passwords &gt; Add. Huwag gamitin dito ang pangunahing password mo.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="50"/>
        <source>Account name</source>
        <translation>Pangalan ng account</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="52"/>
        <source>Access token</source>
        <translation>Access token</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="53"/>
        <source>On your server: Preferences &gt; Development &gt; New application (allow read and write), then copy &quot;Your access token&quot;.</source>
        <translation>Sa server mo: Preferences &gt; Development &gt; New application (payagan ang read at write), saka kopyahin ang &quot;Your access token&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="60"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="62"/>
        <source>Bot token</source>
        <translation>Bot token</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="63"/>
        <source>Ask @BotFather for a bot (/newbot) and copy its token. Then make the bot an administrator of your channel who may post messages.</source>
        <translation>Humingi ng bot kay @BotFather (/newbot) at kopyahin ang token nito. Pagkatapos, gawing administrator ng channel mo ang bot, na may pahintulot mag-post ng mensahe.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="147"/>
        <source>Reconnect account</source>
        <extracomment>VK: photos need a person&apos;s token (VK does not let a community token upload them). Opens a web address in the browser (tests record it instead).</extracomment>
        <translation>I-reconnect ang account</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="147"/>
        <source>Connect an account</source>
        <translation>Magkonekta ng account</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="158"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="159"/>
        <location filename="../../ui/accounts/connect_dialog.py" line="272"/>
        <source>Server address</source>
        <translation>Address ng server</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="170"/>
        <source>User token (optional)</source>
        <translation>User token (opsyonal)</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="173"/>
        <source>Only for posts with photos</source>
        <translation>Para lang sa mga post na may larawan</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="177"/>
        <source>How</source>
        <translation>Paano</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="181"/>
        <source>Sign in through the browser (easiest)</source>
        <translation>Mag-sign in sa browser (pinakamadali)</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="182"/>
        <source>Paste an access token</source>
        <translation>Mag-paste ng access token</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="191"/>
        <source>Open the sign-in page</source>
        <translation>Buksan ang sign-in page</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="202"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="204"/>
        <source>Paste the code your server shows</source>
        <translation>I-paste ang code na ipinakita ng server mo</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="222"/>
        <location filename="../../ui/accounts/connect_dialog.py" line="400"/>
        <source>Reconnect</source>
        <translation>I-reconnect</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="222"/>
        <location filename="../../ui/accounts/connect_dialog.py" line="400"/>
        <source>Connect</source>
        <translation>Ikonekta</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="262"/>
        <source>(filled in from your server)</source>
        <translation>(pinupunan ng server mo)</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="270"/>
        <source>Server (leave empty for bsky.social)</source>
        <translation>Server (iwanang blangko para sa bsky.social)</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="305"/>
        <source>Enter your server&apos;s address first, e.g. mastodon.social</source>
        <translation>Ilagay muna ang address ng server mo, hal. mastodon.social</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="314"/>
        <source>Open the sign-in page again</source>
        <translation>Buksan ulit ang sign-in page</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="317"/>
        <source>If the browser did not open, &lt;a href=&quot;{url}&quot;&gt;click here&lt;/a&gt;.</source>
        <translation>Kung hindi bumukas ang browser, &lt;a href=&quot;{url}&quot;&gt;i-click dito&lt;/a&gt;.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="338"/>
        <location filename="../../ui/accounts/connect_dialog.py" line="378"/>
        <source>Checking…</source>
        <translation>Tinitingnan…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="371"/>
        <source>Click &quot;Open the sign-in page&quot; first.</source>
        <translation>I-click muna ang &quot;Buksan ang sign-in page&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="374"/>
        <source>Paste the code your server showed after you allowed it.</source>
        <translation>I-paste ang code na ipinakita ng server mo matapos mo itong payagan.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="405"/>
        <source>Connecting failed unexpectedly ({name}). Try again.</source>
        <translation>Hindi inaasahang nabigo ang pagkonekta ({name}). Subukan ulit.</translation>
    </message>
</context>
<context>
    <name>CounterBar</name>
    <message>
        <location filename="../../ui/composer/widgets.py" line="240"/>
        <source>%1: %2 characters left</source>
        <translation>%1: %2 character na lang</translation>
    </message>
</context>
<context>
    <name>DatabaseBusy</name>
    <message>
        <location filename="../../ui/db_busy.py" line="16"/>
        <source>SMM Desk&apos;s database is busy with another task (an import?). Your change was not saved yet; try again in a moment.</source>
        <translation>Abala ang database ng SMM Desk sa ibang gawain (isang import?). Hindi pa na-save ang pagbabago mo; subukan ulit mamaya.</translation>
    </message>
</context>
<context>
    <name>DayCellDelegate</name>
    <message>
        <location filename="../../ui/calendar/delegate.py" line="214"/>
        <location filename="../../ui/calendar/delegate.py" line="219"/>
        <source>nothing planned</source>
        <translation>walang nakaplano</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar/delegate.py" line="236"/>
        <source>+%n more</source>
        <translation>
            <numerusform>+%n pa</numerusform>
            <numerusform>+%n pa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar/delegate.py" line="238"/>
        <source>%n post(s)</source>
        <translation>
            <numerusform>%n post</numerusform>
            <numerusform>%n post</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <location filename="../../ui/calendar/details.py" line="41"/>
        <source>Edit</source>
        <translation>I-edit</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/details.py" line="43"/>
        <source>Open this post in Compose (or double-click it)</source>
        <translation>Buksan ang post na ito sa Sumulat (o i-double click ito)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/details.py" line="57"/>
        <source>No post selected</source>
        <translation>Walang napiling post</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/details.py" line="60"/>
        <source>Click a post to see it here. Drag it to another day to move it; hold Ctrl while dropping to copy it.</source>
        <translation>I-click ang isang post para makita ito rito. I-drag ito sa ibang araw para ilipat; pindutin ang Ctrl habang binibitawan para kopyahin.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/details.py" line="82"/>
        <source>No rubric</source>
        <translation>Walang rubrik</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/details.py" line="87"/>
        <source>Needs a photo for %1: open it and add one.</source>
        <translation>Kailangan ng larawan para sa %1: buksan ito at magdagdag.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="290"/>
        <location filename="../../ui/calendar/import_dialog.py" line="327"/>
        <source>Export the plan</source>
        <translation>I-export ang plano</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="298"/>
        <source>Spreadsheet (CSV)</source>
        <translation>Spreadsheet (CSV)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="299"/>
        <source>Calendar file (.ics)</source>
        <translation>Calendar file (.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="300"/>
        <source>From</source>
        <translation>Mula</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="301"/>
        <source>To</source>
        <translation>Hanggang</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="302"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="305"/>
        <source>Both days are included. A CSV opens in a spreadsheet and can be imported again; an .ics file opens in Google Calendar, Apple Calendar, Outlook or Thunderbird.</source>
        <translation>Kasama ang dalawang araw. Bumubukas ang CSV sa spreadsheet at puwedeng i-import ulit; bumubukas ang .ics file sa Google Calendar, Apple Calendar, Outlook o Thunderbird.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="315"/>
        <source>Save as…</source>
        <translation>I-save bilang…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="344"/>
        <source>Could not save %1: %2</source>
        <translation>Hindi ma-save ang %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="347"/>
        <source>Saved %1 posts to %2.</source>
        <translation>Na-save ang %1 post sa %2.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="156"/>
        <source>All states</source>
        <translation>Lahat ng status</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="158"/>
        <source>Scheduled</source>
        <translation>Naka-schedule</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="159"/>
        <source>Drafts</source>
        <translation>Mga draft</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="160"/>
        <source>Published</source>
        <translation>Na-publish</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="161"/>
        <source>Failed</source>
        <translation>Nabigo</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="162"/>
        <source>Needs attention</source>
        <translation>Kailangang tingnan</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="163"/>
        <source>Needs you</source>
        <translation>Naghihintay sa iyo</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="169"/>
        <source>Search posts (Ctrl+F)</source>
        <translation>Maghanap ng post (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="195"/>
        <source>All accounts</source>
        <translation>Mga account</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="199"/>
        <source>All platforms</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="204"/>
        <source>All rubrics</source>
        <translation>Lahat ng rubrik</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="207"/>
        <source>No rubric</source>
        <translation>Walang rubrik</translation>
    </message>
</context>
<context>
    <name>FocalPointWidget</name>
    <message>
        <location filename="../../ui/media/focal.py" line="28"/>
        <source>Click the most important spot (the product): every crop keeps it</source>
        <translation>I-click ang pinakamahalagang bahagi (ang produkto): mananatili ito sa bawat crop</translation>
    </message>
</context>
<context>
    <name>GuiPublisher</name>
    <message numerus="yes">
        <location filename="../../ui/publishing/publisher.py" line="128"/>
        <source>SMM Desk: %n post(s) waiting to be published</source>
        <translation>
            <numerusform>SMM Desk: %n post ang naghihintay ma-publish</numerusform>
            <numerusform>SMM Desk: %n post ang naghihintay ma-publish</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/publishing/publisher.py" line="134"/>
        <source>Publishing paused: %1</source>
        <translation>Naka-pause ang pag-publish: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/publishing/publisher.py" line="147"/>
        <source>%n post(s) published</source>
        <translation>
            <numerusform>%n post ang na-publish</numerusform>
            <numerusform>%n post ang na-publish</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/publishing/publisher.py" line="149"/>
        <source>%n will be retried</source>
        <translation>
            <numerusform>%n ang susubukan ulit</numerusform>
            <numerusform>%n ang susubukan ulit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/publishing/publisher.py" line="151"/>
        <source>%n failed — see why in the plan</source>
        <translation>
            <numerusform>%n ang nabigo — tingnan kung bakit sa plano</numerusform>
            <numerusform>%n ang nabigo — tingnan kung bakit sa plano</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/publishing/publisher.py" line="153"/>
        <source>%n need(s) checking</source>
        <translation>
            <numerusform>%n ang kailangang tingnan</numerusform>
            <numerusform>%n ang kailangang tingnan</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/publishing/publisher.py" line="226"/>
        <source>Time to post on %1</source>
        <translation>Oras na para mag-post sa %1</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/publisher.py" line="229"/>
        <source>The text is copied and the photos are in a folder. Click here to see the post for %1.</source>
        <translation>Nakopya na ang teksto at nasa isang folder ang mga larawan. I-click dito para makita ang post para sa %1.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/publisher.py" line="239"/>
        <source>A post to %1 failed</source>
        <translation>Nabigo ang isang post sa %1</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/publisher.py" line="246"/>
        <source>Check a post on %1</source>
        <translation>Tingnan ang isang post sa %1</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/publisher.py" line="249"/>
        <source>SMM Desk cannot tell whether the post to %1 went out. Click here to check it.</source>
        <translation>Hindi matiyak ng SMM Desk kung naipadala ang post sa %1. I-click dito para tingnan.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/publisher.py" line="273"/>
        <source>Reconnect %1 on %2</source>
        <translation>I-reconnect ang %1 sa %2</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/publisher.py" line="240"/>
        <source>Click here to see why.</source>
        <translation>I-click dito para makita kung bakit.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/publisher.py" line="275"/>
        <source>Its posts wait until you sign in again. Click here to reconnect.</source>
        <translation>Maghihintay ang mga post nito hanggang mag-sign in ka ulit. I-click dito para i-reconnect.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="120"/>
        <source>Import posts from a spreadsheet</source>
        <translation>Mag-import ng mga post mula sa spreadsheet</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="127"/>
        <source>A CSV file with the columns scheduled_at, accounts, text, media and rubric. Nothing is imported until every row is fine.</source>
        <translation>Isang CSV file na may mga column na scheduled_at, accounts, text, media at rubric. Walang ii-import hangga&apos;t hindi ayos ang bawat row.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="136"/>
        <source>No file chosen</source>
        <translation>Walang napiling file</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="137"/>
        <source>Choose file…</source>
        <translation>Pumili ng file…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="139"/>
        <source>Check again</source>
        <translation>Tingnan ulit</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="141"/>
        <source>Read the file again after you fixed and saved it in your spreadsheet</source>
        <translation>Basahin ulit ang file matapos mo itong ayusin at i-save sa spreadsheet mo</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="150"/>
        <source>Rows without a date go into the queue (otherwise they become ideas)</source>
        <translation>Sa pila mapupunta ang mga row na walang petsa (kung hindi, magiging ideya sila)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="153"/>
        <source>Show only the rows with a problem</source>
        <translation>Ipakita lang ang mga row na may problema</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="176"/>
        <source>Import</source>
        <translation>I-import</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="188"/>
        <source>Choose a CSV file</source>
        <translation>Pumili ng CSV file</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="188"/>
        <source>CSV files (*.csv)</source>
        <translation>Mga CSV file (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="224"/>
        <source>Checking the rows: %1 of %2…</source>
        <translation>Tinitingnan ang mga row: %1 sa %2…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="242"/>
        <source>%1 of %2 rows have a problem (in red). Fix them in your spreadsheet, save, and press Check again. Nothing has been imported.</source>
        <translation>%1 sa %2 row ang may problema (nasa pula). Ayusin ang mga ito sa spreadsheet mo, i-save, at pindutin ang Tingnan ulit. Wala pang na-import.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="250"/>
        <source>%1 rows are ready to import.</source>
        <translation>Handa nang i-import ang %1 row.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="253"/>
        <source>The file has no rows to import.</source>
        <translation>Walang row na mai-import sa file.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="76"/>
        <source>Plan</source>
        <translation>Plano</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="77"/>
        <source>Compose</source>
        <translation>Sumulat</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="78"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="79"/>
        <source>Media</source>
        <translation>Media</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="80"/>
        <source>Accounts</source>
        <translation>Mga Account</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="81"/>
        <source>Settings</source>
        <translation>Mga Setting</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="182"/>
        <source>SMM Desk</source>
        <translation>SMM Desk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="199"/>
        <source>Opening your workspace…</source>
        <translation>Binubuksan ang workspace mo…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="205"/>
        <source>Opening…</source>
        <translation>Binubuksan…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="258"/>
        <source>SMM Desk — demo workspace</source>
        <translation>SMM Desk — demo workspace</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="340"/>
        <source>Workspace not open</source>
        <translation>Hindi bukas ang workspace</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="424"/>
        <source>No accounts connected yet</source>
        <translation>Wala pang nakakonektang account</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="426"/>
        <source>No posts scheduled today</source>
        <translation>Walang naka-schedule na post ngayon</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="428"/>
        <source>%n post(s) scheduled today</source>
        <translation>
            <numerusform>%n post ang naka-schedule ngayon</numerusform>
            <numerusform>%n post ang naka-schedule ngayon</numerusform>
        </translation>
    </message>
    <message>
        <source>next at {time}</source>
        <translation type="vanished">susunod sa {time}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="432"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n ang nabigo</numerusform>
            <numerusform>%n ang nabigo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="434"/>
        <source>%n need(s) you</source>
        <translation>
            <numerusform>%n ang naghihintay sa iyo</numerusform>
            <numerusform>%n ang naghihintay sa iyo</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="437"/>
        <source>Click to see the posts that need you</source>
        <translation>I-click para makita ang mga post na naghihintay sa iyo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="439"/>
        <source>Click to see today&apos;s plan</source>
        <translation>I-click para makita ang plano ngayong araw</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="501"/>
        <source>Network status unknown</source>
        <translation>Hindi alam ang status ng network</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="497"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="430"/>
        <source>next at %1</source>
        <translation>susunod sa %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="499"/>
        <source>Offline — posts wait until you are back online</source>
        <translation>Offline — maghihintay ang mga post hanggang online ka ulit</translation>
    </message>
</context>
<context>
    <name>MediaPage</name>
    <message>
        <location filename="../../ui/media/page.py" line="81"/>
        <source>Media</source>
        <translation>Media</translation>
    </message>
    <message>
        <location filename="../../ui/media/page.py" line="89"/>
        <source>Search by file name or description</source>
        <translation>Maghanap ayon sa pangalan ng file o paglalarawan</translation>
    </message>
    <message>
        <location filename="../../ui/media/page.py" line="95"/>
        <location filename="../../ui/media/page.py" line="120"/>
        <source>Import photos…</source>
        <translation>Mag-import ng larawan…</translation>
    </message>
    <message>
        <location filename="../../ui/media/intake.py" line="109"/>
        <source>Cancel</source>
        <translation>Kanselahin</translation>
    </message>
    <message>
        <location filename="../../ui/media/page.py" line="115"/>
        <source>Your photos</source>
        <translation>Mga larawan mo</translation>
    </message>
    <message>
        <location filename="../../ui/media/page.py" line="117"/>
        <source>Keep your product photos here, ready for every platform. Import them, drop them on this window or paste them.</source>
        <translation>Itago rito ang mga larawan ng produkto mo, handa para sa bawat platform. I-import, i-drop sa window na ito o i-paste.</translation>
    </message>
    <message>
        <location filename="../../ui/media/page.py" line="143"/>
        <source>No photo matches your search.</source>
        <translation>Walang larawang tugma sa hinanap mo.</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="88"/>
        <source>Click the most important spot of the photo: every crop keeps it.</source>
        <translation>I-click ang pinakamahalagang bahagi ng larawan: mananatili ito sa bawat crop.</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="97"/>
        <source>Description for people who cannot see the photo (alt text)</source>
        <translation>Paglalarawan para sa mga hindi nakakakita ng larawan (alt text)</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="101"/>
        <source>For example: Three golden croissants on a wooden board</source>
        <translation>Halimbawa: Tatlong ginintuang croissant sa kahoy na board</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="104"/>
        <source>Used in</source>
        <translation>Ginamit sa</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="111"/>
        <location filename="../../ui/media/page.py" line="295"/>
        <source>Delete photo</source>
        <translation>Burahin ang larawan</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="115"/>
        <source>What each platform will show</source>
        <translation>Ang ipapakita ng bawat platform</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="170"/>
        <source>Not used in any post yet</source>
        <translation>Hindi pa ginagamit sa anumang post</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="43"/>
        <location filename="../../ui/media/details.py" line="173"/>
        <source>scheduled</source>
        <translation>naka-schedule</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="42"/>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="44"/>
        <source>publishing</source>
        <translation>ipinu-publish</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="45"/>
        <source>will retry</source>
        <translation>susubukan ulit</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="46"/>
        <source>published</source>
        <translation>na-publish</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="47"/>
        <source>failed</source>
        <translation>nabigo</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="48"/>
        <source>needs attention</source>
        <translation>kailangang tingnan</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="49"/>
        <source>to post now</source>
        <translation>ipo-post na</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="50"/>
        <source>skipped</source>
        <translation>nilaktawan</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="175"/>
        <source>no account yet</source>
        <translation>wala pang account</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="176"/>
        <source>Untitled post</source>
        <translation>Post na walang pamagat</translation>
    </message>
    <message>
        <location filename="../../ui/media/page.py" line="220"/>
        <source>Import photos</source>
        <translation>Mag-import ng larawan</translation>
    </message>
    <message>
        <location filename="../../ui/media/page.py" line="220"/>
        <source>Photos</source>
        <translation>Mga larawan</translation>
    </message>
    <message>
        <location filename="../../ui/media/intake.py" line="159"/>
        <source>Importing %1 of %2…</source>
        <translation>Ini-import ang %1 sa %2…</translation>
    </message>
    <message>
        <location filename="../../ui/media/page.py" line="244"/>
        <source>Import stopped.</source>
        <translation>Itinigil ang pag-import.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/media/page.py" line="246"/>
        <source>%n photo(s) added.</source>
        <translation>
            <numerusform>%n larawan ang naidagdag.</numerusform>
            <numerusform>%n larawan ang naidagdag.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/media/page.py" line="248"/>
        <source>%n photo(s) were already in the library.</source>
        <translation>
            <numerusform>%n larawan ang nasa library na.</numerusform>
            <numerusform>%n larawan ang nasa library na.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/media/intake.py" line="135"/>
        <source>Pasted photo</source>
        <translation>Na-paste na larawan</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/media/page.py" line="288"/>
        <source>This photo is in %n scheduled post(s):</source>
        <translation>
            <numerusform>Nasa %n naka-schedule na post ang larawang ito:</numerusform>
            <numerusform>Nasa %n naka-schedule na post ang larawang ito:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/media/page.py" line="290"/>
        <source>Deleting it takes it out of those posts. Delete it anyway?</source>
        <translation>Kapag binura, aalisin ito sa mga post na iyon. Burahin pa rin?</translation>
    </message>
    <message>
        <location filename="../../ui/media/page.py" line="293"/>
        <source>Delete %1 from the library? This cannot be undone.</source>
        <translation>Burahin ang %1 sa library? Hindi na ito maibabalik.</translation>
    </message>
    <message>
        <location filename="../../ui/media/page.py" line="304"/>
        <source>%1 was deleted.</source>
        <translation>Nabura ang %1.</translation>
    </message>
</context>
<context>
    <name>MediaPreviews</name>
    <message>
        <location filename="../../ui/media/previews.py" line="39"/>
        <source>landscape</source>
        <translation>pahiga</translation>
    </message>
    <message>
        <location filename="../../ui/media/previews.py" line="40"/>
        <source>link</source>
        <translation>link</translation>
    </message>
    <message>
        <location filename="../../ui/media/previews.py" line="41"/>
        <source>photo</source>
        <translation>larawan</translation>
    </message>
    <message>
        <location filename="../../ui/media/previews.py" line="42"/>
        <source>pin</source>
        <translation>pin</translation>
    </message>
    <message>
        <location filename="../../ui/media/previews.py" line="43"/>
        <source>portrait</source>
        <translation>patayo</translation>
    </message>
    <message>
        <location filename="../../ui/media/previews.py" line="44"/>
        <source>square</source>
        <translation>parisukat</translation>
    </message>
    <message>
        <location filename="../../ui/media/previews.py" line="45"/>
        <source>story</source>
        <translation>story</translation>
    </message>
    <message>
        <location filename="../../ui/media/previews.py" line="46"/>
        <source>thumbnail</source>
        <translation>thumbnail</translation>
    </message>
    <message>
        <location filename="../../ui/media/previews.py" line="54"/>
        <source>shape kept</source>
        <translation>buo ang hugis</translation>
    </message>
</context>
<context>
    <name>MediaStrip</name>
    <message>
        <location filename="../../ui/composer/media_strip.py" line="101"/>
        <source>Photos</source>
        <translation>Mga larawan</translation>
    </message>
    <message>
        <location filename="../../ui/composer/media_strip.py" line="104"/>
        <source>Add photos…</source>
        <translation>Magdagdag ng larawan…</translation>
    </message>
    <message>
        <location filename="../../ui/composer/media_strip.py" line="107"/>
        <source>Remove</source>
        <translation>Alisin</translation>
    </message>
    <message>
        <location filename="../../ui/composer/media_strip.py" line="117"/>
        <source>Drop photos here, or use Add photos…</source>
        <translation>I-drop dito ang mga larawan, o gamitin ang Magdagdag ng larawan…</translation>
    </message>
    <message>
        <location filename="../../ui/composer/media_strip.py" line="122"/>
        <source>Describe the selected photo for people who cannot see it (alt text)</source>
        <translation>Ilarawan ang napiling larawan para sa mga hindi ito nakikita (alt text)</translation>
    </message>
    <message>
        <location filename="../../ui/composer/media_strip.py" line="179"/>
        <source>⚠ no description</source>
        <translation>⚠ walang paglalarawan</translation>
    </message>
    <message>
        <location filename="../../ui/composer/media_strip.py" line="182"/>
        <source>%1: add a description so people who cannot see it know what it shows</source>
        <translation>%1: magdagdag ng paglalarawan para malaman ng mga hindi nakakakita kung ano ang nasa larawan</translation>
    </message>
</context>
<context>
    <name>MissedPostsDialog</name>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="49"/>
        <source>Posts that missed their time</source>
        <translation>Mga post na lumampas sa oras</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="54"/>
        <source>These posts were due while SMM Desk was closed, so they were not sent. Choose for each: post it now, pick a new time, or skip it.</source>
        <translation>Nakatakda ang mga post na ito habang sarado ang SMM Desk, kaya hindi naipadala. Pumili para sa bawat isa: i-post ngayon, pumili ng bagong oras, o laktawan.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="62"/>
        <source>Was due</source>
        <translation>Nakatakda noong</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="62"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="62"/>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="74"/>
        <source>Post now</source>
        <translation>I-post ngayon</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="80"/>
        <source>Move to this time</source>
        <translation>Ilipat sa oras na ito</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="82"/>
        <source>Skip</source>
        <translation>Laktawan</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="94"/>
        <source>Decide later</source>
        <translation>Mamaya na</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="121"/>
        <source>Select one or more posts first.</source>
        <translation>Pumili muna ng isa o higit pang post.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="143"/>
        <source>They will be sent in a moment.</source>
        <translation>Ipapadala ang mga ito sa ilang sandali.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="151"/>
        <source>Moved to the new time.</source>
        <translation>Nailipat sa bagong oras.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="157"/>
        <source>Skipped: they stay in the plan, unsent.</source>
        <translation>Nilaktawan: mananatili sila sa plano, hindi naipadala.</translation>
    </message>
</context>
<context>
    <name>MixBar</name>
    <message>
        <location filename="../../ui/calendar/mix_bar.py" line="33"/>
        <source>No rubrics yet: rubrics are the kinds of post you make (products, tips, offers…), and this bar shows their mix against your targets.</source>
        <translation>Wala pang rubrik: ang mga rubrik ay ang mga uri ng post na ginagawa mo (produkto, tips, alok…), at ipinapakita ng bar na ito ang halo nila kumpara sa mga target mo.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/mix_bar.py" line="40"/>
        <source>Add a rubric…</source>
        <translation>Magdagdag ng rubrik…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/mix_bar.py" line="63"/>
        <source>No rubric</source>
        <translation>Walang rubrik</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/mix_bar.py" line="69"/>
        <source>%1: %2 (target %3)</source>
        <translation>%1: %2 (target %3)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar/mix_bar.py" line="76"/>
        <source>Rubric mix of %n post(s): </source>
        <translation>
            <numerusform>Halo ng rubrik sa %n post: </numerusform>
            <numerusform>Halo ng rubrik sa %n post: </numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/calendar/mix_bar.py" line="79"/>
        <source>No posts in this month yet: the mix shows once you plan some.</source>
        <translation>Wala pang post ngayong buwan: lalabas ang halo kapag nagplano ka.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/mix_bar.py" line="134"/>
        <source>%1 target</source>
        <translation>target %1</translation>
    </message>
</context>
<context>
    <name>MoveToDateDialog</name>
    <message>
        <location filename="../../ui/calendar/post_menu.py" line="42"/>
        <source>Move to a date</source>
        <translation>Ilipat sa isang petsa</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_menu.py" line="44"/>
        <source>The post keeps its time of day.</source>
        <translation>Mananatili ang oras ng post sa araw na iyon.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_menu.py" line="55"/>
        <source>Move</source>
        <translation>Ilipat</translation>
    </message>
</context>
<context>
    <name>NavigationBar</name>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="54"/>
        <source>Previous (Page Up)</source>
        <translation>Nakaraan (Page Up)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="57"/>
        <source>Today</source>
        <translation>Ngayon</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="58"/>
        <source>Go to today (Ctrl+T)</source>
        <translation>Pumunta sa ngayon (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="62"/>
        <source>Next (Page Down)</source>
        <translation>Susunod (Page Down)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="75"/>
        <source>Month</source>
        <translation>Buwan</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="75"/>
        <source>Week</source>
        <translation>Linggo</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="75"/>
        <source>List</source>
        <translation>Listahan</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="90"/>
        <source>Calendar system</source>
        <translation>Sistema ng kalendaryo</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="92"/>
        <source>Gregorian</source>
        <translation>Gregorian</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="93"/>
        <source>Persian (Jalali)</source>
        <translation>Persian (Jalali)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="94"/>
        <source>Islamic (civil)</source>
        <translation>Islamiko (sibil)</translation>
    </message>
</context>
<context>
    <name>OverlayPanel</name>
    <message>
        <location filename="../../ui/media/overlay_panel.py" line="27"/>
        <source>Bottom right</source>
        <translation>Kanang ibaba</translation>
    </message>
    <message>
        <location filename="../../ui/media/overlay_panel.py" line="28"/>
        <source>Bottom left</source>
        <translation>Kaliwang ibaba</translation>
    </message>
    <message>
        <location filename="../../ui/media/overlay_panel.py" line="29"/>
        <source>Top right</source>
        <translation>Kanang itaas</translation>
    </message>
    <message>
        <location filename="../../ui/media/overlay_panel.py" line="30"/>
        <source>Top left</source>
        <translation>Kaliwang itaas</translation>
    </message>
    <message>
        <location filename="../../ui/media/overlay_panel.py" line="42"/>
        <source>Your logo on the photos you post</source>
        <translation>Ang logo mo sa mga larawang ipo-post mo</translation>
    </message>
    <message>
        <location filename="../../ui/media/overlay_panel.py" line="47"/>
        <source>Add my logo (the photos in your library stay as they are)</source>
        <translation>Idagdag ang logo ko (hindi gagalawin ang mga larawan sa library mo)</translation>
    </message>
    <message>
        <location filename="../../ui/media/overlay_panel.py" line="51"/>
        <location filename="../../ui/media/overlay_panel.py" line="85"/>
        <source>No logo chosen yet</source>
        <translation>Wala pang napiling logo</translation>
    </message>
    <message>
        <location filename="../../ui/media/overlay_panel.py" line="52"/>
        <source>Choose logo…</source>
        <translation>Pumili ng logo…</translation>
    </message>
    <message>
        <location filename="../../ui/media/overlay_panel.py" line="56"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../ui/media/overlay_panel.py" line="60"/>
        <source>Corner</source>
        <translation>Sulok</translation>
    </message>
    <message>
        <location filename="../../ui/media/overlay_panel.py" line="63"/>
        <source>Size</source>
        <translation>Laki</translation>
    </message>
    <message>
        <location filename="../../ui/media/overlay_panel.py" line="66"/>
        <source>Visibility</source>
        <translation>Linaw</translation>
    </message>
    <message>
        <location filename="../../ui/media/overlay_panel.py" line="85"/>
        <source>Logo chosen</source>
        <translation>Napili ang logo</translation>
    </message>
    <message>
        <location filename="../../ui/media/overlay_panel.py" line="108"/>
        <source>Choose your logo</source>
        <translation>Piliin ang logo mo</translation>
    </message>
    <message>
        <location filename="../../ui/media/overlay_panel.py" line="110"/>
        <source>Pictures</source>
        <translation>Mga larawan</translation>
    </message>
</context>
<context>
    <name>PhotoIntake</name>
    <message>
        <location filename="../../ui/composer/photo_intake.py" line="75"/>
        <source>Add photos</source>
        <translation>Magdagdag ng larawan</translation>
    </message>
    <message>
        <location filename="../../ui/composer/photo_intake.py" line="77"/>
        <source>Photos (*.jpg *.jpeg *.png *.webp *.gif *.heic *.heif)</source>
        <translation>Mga larawan (*.jpg *.jpeg *.png *.webp *.gif *.heic *.heif)</translation>
    </message>
    <message>
        <location filename="../../ui/composer/photo_intake.py" line="91"/>
        <source>Pasted %1.png</source>
        <translation>Na-paste %1.png</translation>
    </message>
</context>
<context>
    <name>PlanActionsBar</name>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="64"/>
        <source>Undo</source>
        <translation>I-undo</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="67"/>
        <source>Redo</source>
        <translation>I-redo</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="87"/>
        <source>How many days Earlier, Later and Duplicate move or copy the selected posts</source>
        <translation>Ilang araw ililipat o kokopyahin ng Mas maaga, Mas huli at Doblehin ang mga napiling post</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="96"/>
        <source>Earlier</source>
        <translation>Mas maaga</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="98"/>
        <source>Later</source>
        <translation>Mamaya</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="100"/>
        <source>Duplicate</source>
        <translation>Doblehin</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="104"/>
        <source>Back to ideas</source>
        <translation>Ibalik sa ideya</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="106"/>
        <source>Take the selected posts off the calendar; they stay in your ideas</source>
        <translation>Alisin sa kalendaryo ang mga napiling post; mananatili sila sa mga ideya mo</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="109"/>
        <source>Delete</source>
        <translation>Burahin</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="110"/>
        <source>Delete the selected posts (Delete)</source>
        <translation>Burahin ang mga napiling post (Delete)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="122"/>
        <source>Import CSV…</source>
        <translation>I-import ang CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="123"/>
        <source>Import posts from a spreadsheet (CSV)</source>
        <translation>Mag-import ng post mula sa spreadsheet (CSV)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="125"/>
        <source>Export…</source>
        <translation>I-export…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="126"/>
        <source>Save the plan as a CSV or a calendar (.ics) file</source>
        <translation>I-save ang plano bilang CSV o calendar file (.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="128"/>
        <source>Rubrics…</source>
        <translation>Mga rubrik…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="130"/>
        <source>Posting times…</source>
        <translation>Oras ng pag-post…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="137"/>
        <source>Set up</source>
        <translation>I-set up</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="139"/>
        <source>Rubrics and posting times</source>
        <translation>Mga rubrik at oras ng pag-post</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="143"/>
        <source>Ideas</source>
        <translation>Mga ideya</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="145"/>
        <source>Show or hide the ideas and the post details</source>
        <translation>Ipakita o itago ang mga ideya at detalye ng post</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar/actions_bar.py" line="181"/>
        <source>%n selected</source>
        <translation>
            <numerusform>%n ang napili</numerusform>
            <numerusform>%n ang napili</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="183"/>
        <source>No post selected</source>
        <translation>Walang napiling post</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="186"/>
        <source>Click a post to select it; Ctrl-click to select several</source>
        <translation>I-click ang isang post para piliin; Ctrl-click para pumili ng marami</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="192"/>
        <source>by </source>
        <translation>nang </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar/actions_bar.py" line="193"/>
        <source> day(s)</source>
        <translation>
            <numerusform> araw</numerusform>
            <numerusform> araw</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar/actions_bar.py" line="203"/>
        <source>Move the selected posts %n day(s) earlier, same time of day (Alt+←)</source>
        <translation>
            <numerusform>Ilipat ang mga napiling post nang %n araw na mas maaga, parehong oras (Alt+←)</numerusform>
            <numerusform>Ilipat ang mga napiling post nang %n araw na mas maaga, parehong oras (Alt+←)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar/actions_bar.py" line="210"/>
        <source>Move the selected posts %n day(s) later, same time of day (Alt+→)</source>
        <translation>
            <numerusform>Ilipat ang mga napiling post nang %n araw na mas huli, parehong oras (Alt+→)</numerusform>
            <numerusform>Ilipat ang mga napiling post nang %n araw na mas huli, parehong oras (Alt+→)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar/actions_bar.py" line="215"/>
        <source>Copy the selected posts %n day(s) later (Ctrl+D)</source>
        <translation>
            <numerusform>Kopyahin ang mga napiling post nang %n araw na mas huli (Ctrl+D)</numerusform>
            <numerusform>Kopyahin ang mga napiling post nang %n araw na mas huli (Ctrl+D)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanModels</name>
    <message>
        <location filename="../../ui/calendar/models.py" line="60"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="61"/>
        <source>Scheduled</source>
        <translation>Naka-schedule</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="62"/>
        <source>Publishing</source>
        <translation>Ipinu-publish</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="63"/>
        <source>Will retry</source>
        <translation>Susubukan ulit</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="64"/>
        <source>Published</source>
        <translation>Na-publish</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="65"/>
        <source>Failed</source>
        <translation>Nabigo</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="66"/>
        <source>Needs attention</source>
        <translation>Kailangang tingnan</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="67"/>
        <source>Post it now</source>
        <translation>I-post na</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="68"/>
        <source>Skipped</source>
        <translation>Nilaktawan</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="233"/>
        <location filename="../../ui/calendar/week.py" line="177"/>
        <source>%n post(s)</source>
        <translation>%n post</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="239"/>
        <source>one of your posting days, nothing planned yet</source>
        <translation>isa sa mga araw mo ng pag-post, wala pang nakaplano</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="256"/>
        <source>Day</source>
        <translation>Araw</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="257"/>
        <source>Time</source>
        <translation>Oras</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="258"/>
        <source>Accounts</source>
        <translation>Mga Account</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="259"/>
        <source>Rubric</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="260"/>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="261"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="331"/>
        <source>No rubric</source>
        <translation>Walang rubrik</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="383"/>
        <source>(no text yet)</source>
        <translation>(wala pang teksto)</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../ui/calendar/page.py" line="372"/>
        <source>The plan could not be loaded: %1</source>
        <translation>Hindi ma-load ang plano: %1</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/page.py" line="401"/>
        <source>%1 posts in view · %2 days of your posting rhythm still empty · %3 ideas</source>
        <translation>%1 post ang nakikita · %2 araw ng ritmo mo ng pag-post ang bakante pa · %3 ideya</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/page.py" line="409"/>
        <source>%1 posts in view · %2 ideas</source>
        <translation>%1 post ang nakikita · %2 ideya</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/page.py" line="489"/>
        <source>%1 added: SMM Desk reminds you when its posts are due. Next: write your first post in Compose (Ctrl+N).</source>
        <translation>Naidagdag ang %1: ipapaalala ng SMM Desk kapag oras na ng mga post nito. Susunod: isulat ang una mong post sa Sumulat (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/page.py" line="495"/>
        <source>%1 is connected and works. Next: write your first post in Compose (Ctrl+N).</source>
        <translation>Nakakonekta at gumagana ang %1. Susunod: isulat ang una mong post sa Sumulat (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/page.py" line="535"/>
        <source>That day is over: double-click today or a later day.</source>
        <translation>Tapos na ang araw na iyon: i-double click ang ngayon o isang mas huling araw.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/page.py" line="539"/>
        <source>Connect an account first (Accounts), then plan posts.</source>
        <translation>Magkonekta muna ng account (Mga Account), saka magplano ng mga post.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/changes.py" line="118"/>
        <source>Kept as a draft on %1, not scheduled: %2 Open it to fix this, then schedule it.</source>
        <translation>Itinago bilang draft sa %1, hindi naka-schedule: %2 Buksan ito para ayusin, saka i-schedule.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/changes.py" line="174"/>
        <source>Imported %1 posts (%2 of them as ideas). Ctrl+Z takes the import back.</source>
        <translation>Na-import ang %1 post (%2 dito bilang ideya). Binabawi ng Ctrl+Z ang import.</translation>
    </message>
</context>
<context>
    <name>PlanUndo</name>
    <message>
        <location filename="../../ui/calendar/undo.py" line="17"/>
        <source>Move post</source>
        <translation>Ilipat ang post</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/undo.py" line="18"/>
        <source>Move posts</source>
        <translation>Ilipat ang mga post</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/undo.py" line="19"/>
        <source>Back to ideas</source>
        <translation>Ibalik sa ideya</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/undo.py" line="20"/>
        <source>Schedule idea</source>
        <translation>I-schedule ang ideya</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/undo.py" line="21"/>
        <source>Schedule ideas</source>
        <translation>I-schedule ang mga ideya</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/undo.py" line="22"/>
        <source>Add to queue</source>
        <translation>Ilagay sa pila</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/undo.py" line="23"/>
        <source>Duplicate post</source>
        <translation>Doblehin ang post</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/undo.py" line="24"/>
        <source>Duplicate posts</source>
        <translation>Doblehin ang mga post</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/undo.py" line="25"/>
        <source>Delete post</source>
        <translation>Burahin ang post</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/undo.py" line="26"/>
        <source>Delete posts</source>
        <translation>Burahin ang mga post</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/undo.py" line="27"/>
        <source>Import CSV</source>
        <translation>I-import ang CSV</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/undo.py" line="28"/>
        <source>Post now</source>
        <translation>I-post ngayon</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/undo.py" line="39"/>
        <source>Move %n day(s) earlier</source>
        <translation>Ilipat nang %n araw na mas maaga</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/undo.py" line="41"/>
        <source>Move %n day(s) later</source>
        <translation>Ilipat nang %n araw na mas huli</translation>
    </message>
</context>
<context>
    <name>PlatformPreviews</name>
    <message>
        <location filename="../../ui/media/previews.py" line="191"/>
        <source>No preview</source>
        <translation>Walang preview</translation>
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
        <location filename="../../ui/composer/post_preview.py" line="157"/>
        <source>%1 gets it as %2 × %3 pixels.</source>
        <translation>Matatanggap ito ng %1 bilang %2 × %3 pixel.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/post_preview.py" line="167"/>
        <source>more</source>
        <translation>higit pa</translation>
    </message>
    <message>
        <location filename="../../ui/composer/post_preview.py" line="170"/>
        <source>The feed shows the start; the rest sits behind “more”.</source>
        <translation>Simula lang ang ipinapakita ng feed; nasa likod ng “higit pa” ang natitira.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/post_preview.py" line="172"/>
        <source>The red part does not fit on %1.</source>
        <translation>Hindi kasya sa %1 ang pulang bahagi.</translation>
    </message>
</context>
<context>
    <name>PostMenu</name>
    <message>
        <location filename="../../ui/calendar/post_menu.py" line="85"/>
        <source>Edit</source>
        <translation>I-edit</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar/post_menu.py" line="89"/>
        <source>Duplicate (%n day(s) later)</source>
        <translation>
            <numerusform>Doblehin (%n araw na mas huli)</numerusform>
            <numerusform>Doblehin (%n araw na mas huli)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_menu.py" line="95"/>
        <source>Move to a date…</source>
        <translation>Ilipat sa isang petsa…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_menu.py" line="102"/>
        <source>Post now</source>
        <translation>I-post ngayon</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_menu.py" line="110"/>
        <source>Back to ideas</source>
        <translation>Ibalik sa ideya</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_menu.py" line="114"/>
        <source>Delete</source>
        <translation>Burahin</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_menu.py" line="135"/>
        <source>Moved to %1. Ctrl+Z moves it back.</source>
        <translation>Nailipat sa %1. Ibabalik ito ng Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_menu.py" line="146"/>
        <source>It goes out now. Ctrl+Z takes it back until then.</source>
        <translation>Ipapadala na ito ngayon. Mababawi ito ng Ctrl+Z hangga&apos;t hindi pa naipapadala.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_menu.py" line="149"/>
        <source>It is ready to post now: SMM Desk shows you the text and photos.</source>
        <translation>Handa na itong i-post ngayon: ipapakita sa iyo ng SMM Desk ang teksto at mga larawan.</translation>
    </message>
</context>
<context>
    <name>PostProblemDialog</name>
    <message>
        <location filename="../../ui/publishing/problem_dialog.py" line="49"/>
        <source>Check this post on {platform}</source>
        <translation>Tingnan ang post na ito sa {platform}</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/problem_dialog.py" line="51"/>
        <source>A post to {platform} was not published</source>
        <translation>Hindi na-publish ang isang post sa {platform}</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/problem_dialog.py" line="61"/>
        <source>No reason was given.</source>
        <translation>Walang ibinigay na dahilan.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/problem_dialog.py" line="64"/>
        <source>Details</source>
        <translation>Detalye</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/problem_dialog.py" line="83"/>
        <source>Link to the post, if it is there (optional)</source>
        <translation>Link sa post, kung nandoon ito (opsyonal)</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/problem_dialog.py" line="87"/>
        <source>Don&apos;t post it</source>
        <translation>Huwag i-post</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/problem_dialog.py" line="89"/>
        <source>It is there: mark as posted</source>
        <translation>Nandoon ito: markahang na-post</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/problem_dialog.py" line="93"/>
        <source>It is not there: send it</source>
        <translation>Wala roon: ipadala</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/problem_dialog.py" line="93"/>
        <source>Try again now</source>
        <translation>Subukan ulit ngayon</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/problem_dialog.py" line="96"/>
        <source>Close</source>
        <translation>Isara</translation>
    </message>
</context>
<context>
    <name>PostingTimesDialog</name>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="377"/>
        <source>Posting times</source>
        <translation>Oras ng pag-post</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="381"/>
        <source>When each account posts, every week, in your local time. Click a half hour to add or remove a posting time. “Add to queue” uses the next free one.</source>
        <translation>Kailan nagpo-post ang bawat account, linggu-linggo, sa oras mo. I-click ang isang kalahating oras para magdagdag o mag-alis ng oras ng pag-post. Ginagamit ng “Ilagay sa pila” ang susunod na bakante.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="388"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="397"/>
        <source>Use for all accounts</source>
        <translation>Gamitin sa lahat ng account</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="398"/>
        <source>Give every account the same posting times as this one</source>
        <translation>Ibigay sa bawat account ang parehong oras ng pag-post gaya ng sa account na ito</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="455"/>
        <source>Connect an account first: posting times belong to an account.</source>
        <translation>Magkonekta muna ng account: nakatali sa isang account ang mga oras ng pag-post.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="458"/>
        <source>No posting times yet for this account.</source>
        <translation>Wala pang oras ng pag-post ang account na ito.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="461"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar/settings_dialogs.py" line="461"/>
        <source>%n posting times a week</source>
        <translation>
            <numerusform>%n oras ng pag-post bawat linggo</numerusform>
            <numerusform>%n oras ng pag-post bawat linggo</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="470"/>
        <source>Every account now has these posting times.</source>
        <translation>Ito na ngayon ang oras ng pag-post ng bawat account.</translation>
    </message>
    <message>
        <source>When each account posts, every week, in your local time. “Add to queue” uses the next free one. Example: Tue 12:30, Thu 12:30, Sat 10:00</source>
        <translation type="vanished">Kailan nagpo-post ang bawat account, linggu-linggo, sa oras mo. Ginagamit ng “Ilagay sa pila” ang susunod na bakante. Halimbawa (araw sa Ingles): Tue 12:30, Thu 12:30, Sat 10:00</translation>
    </message>
    <message>
        <source>no posting times</source>
        <translation type="vanished">walang oras ng pag-post</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="51"/>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="52"/>
        <source>When</source>
        <translation>Kailan</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="53"/>
        <source>Accounts</source>
        <translation>Mga Account</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="54"/>
        <source>Text</source>
        <translation>Teksto</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="55"/>
        <source>Rubric</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="56"/>
        <source>Problems</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="67"/>
        <source>next free slot</source>
        <translation>susunod na bakanteng oras</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="68"/>
        <source>idea (no date)</source>
        <translation>ideya (walang petsa)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="78"/>
        <source>%1 (new)</source>
        <translation>%1 (bago)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="84"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>%1 gets it as %2 × %3 pixels.</source>
        <translation type="vanished">Matatanggap ito ng %1 bilang %2 × %3 pixel.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="vanished">Preview</translation>
    </message>
    <message>
        <source>Choose an account above to see how the post will look there.</source>
        <translation type="vanished">Pumili ng account sa itaas para makita kung ano ang itsura ng post doon.</translation>
    </message>
    <message>
        <source>more</source>
        <translation type="vanished">higit pa</translation>
    </message>
    <message>
        <source>The feed shows the start; the rest sits behind “more”.</source>
        <translation type="vanished">Simula lang ang ipinapakita ng feed; nasa likod ng “higit pa” ang natitira.</translation>
    </message>
    <message>
        <source>The red part does not fit on %1.</source>
        <translation type="vanished">Hindi kasya sa %1 ang pulang bahagi.</translation>
    </message>
</context>
<context>
    <name>PreviewStrip</name>
    <message>
        <location filename="../../ui/composer/post_preview.py" line="213"/>
        <source>Choose an account above to see how the post will look there.</source>
        <translation>Pumili ng account sa itaas para makita kung ano ang itsura ng post doon.</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../ui/problem_words.py" line="47"/>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="48"/>
        <source>Bluesky</source>
        <translation>Bluesky</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="49"/>
        <source>Mastodon</source>
        <translation>Mastodon</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="50"/>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="51"/>
        <source>Instagram</source>
        <translation>Instagram</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="52"/>
        <source>Facebook</source>
        <translation>Facebook</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="53"/>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="54"/>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="55"/>
        <source>VK</source>
        <translation>VK</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="56"/>
        <source>Pinterest</source>
        <translation>Pinterest</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="57"/>
        <source>TikTok</source>
        <translation>TikTok</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="58"/>
        <source>YouTube</source>
        <translation>YouTube</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="63"/>
        <source>date (scheduled_at)</source>
        <translation>petsa (scheduled_at)</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="64"/>
        <source>accounts</source>
        <translation>mga account</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="65"/>
        <source>text</source>
        <translation>teksto</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="66"/>
        <source>media</source>
        <translation>media</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="67"/>
        <source>rubric</source>
        <translation>rubrik</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="84"/>
        <source>%1 @%2</source>
        <translation>%1 @%2</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="93"/>
        <source>A photo</source>
        <translation>Isang larawan</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="104"/>
        <source>The caption is too long for %1: %2 of %3 characters. Remove %n character(s).</source>
        <translation>
            <numerusform>Masyadong mahaba ang caption para sa %1: %2 sa %3 character. Magbura ng %n character.</numerusform>
            <numerusform>Masyadong mahaba ang caption para sa %1: %2 sa %3 character. Magbura ng %n character.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="110"/>
        <source>The text is too long for %1: %2 of %3 characters. Remove %n character(s).</source>
        <translation>
            <numerusform>Masyadong mahaba ang teksto para sa %1: %2 sa %3 character. Magbura ng %n character.</numerusform>
            <numerusform>Masyadong mahaba ang teksto para sa %1: %2 sa %3 character. Magbura ng %n character.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="118"/>
        <source>%1 takes at most %n image(s); this post has %2.</source>
        <translation>
            <numerusform>Hanggang %n larawan lang ang tinatanggap ng %1; %2 ang nasa post na ito.</numerusform>
            <numerusform>Hanggang %n larawan lang ang tinatanggap ng %1; %2 ang nasa post na ito.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="123"/>
        <source>Remove %n photo(s), or remove this account from the post.</source>
        <translation>
            <numerusform>Mag-alis ng %n larawan, o alisin ang account na ito sa post.</numerusform>
            <numerusform>Mag-alis ng %n larawan, o alisin ang account na ito sa post.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="136"/>
        <source>The text holds an invisible character %1 refuses (%2), often pasted in from another app. Delete it where the text turns red.</source>
        <extracomment>Every code (``domain.problems.CODES``) and its sentence in the owner&apos;s language.</extracomment>
        <translation>May di-nakikitang character sa teksto na hindi tinatanggap ng %1 (%2), kadalasang na-paste mula sa ibang app. Burahin ito kung saan namumula ang teksto.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="145"/>
        <source>The text is too long for %1: it takes %2 of %3 bytes (emoji and non-Latin letters take more room). Shorten it.</source>
        <translation>Masyadong mahaba ang teksto para sa %1: %2 sa %3 byte ang gamit nito (mas malaki ang espasyo ng emoji at mga letrang hindi Latin). Paikliin ito.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="153"/>
        <source>%1 allows %n hashtag(s); this has %2. Remove %3.</source>
        <translation>
            <numerusform>%n hashtag lang ang pinapayagan ng %1; %2 ang narito. Mag-alis ng %3.</numerusform>
            <numerusform>%n hashtag lang ang pinapayagan ng %1; %2 ang narito. Mag-alis ng %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="160"/>
        <source>%1 turns only the first hashtag into a topic; the other %n stay plain text.</source>
        <translation>
            <numerusform>Ang unang hashtag lang ang ginagawang topic ng %1; mananatiling karaniwang teksto ang iba pang %n.</numerusform>
            <numerusform>Ang unang hashtag lang ang ginagawang topic ng %1; mananatiling karaniwang teksto ang iba pang %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="167"/>
        <source>%1 allows %n @mention(s); this has %2. Remove %3.</source>
        <translation>
            <numerusform>%n @mention lang ang pinapayagan ng %1; %2 ang narito. Mag-alis ng %3.</numerusform>
            <numerusform>%n @mention lang ang pinapayagan ng %1; %2 ang narito. Mag-alis ng %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="174"/>
        <source>%1 allows %n link(s) per post; this has %2. Remove %3.</source>
        <translation>
            <numerusform>%n link lang bawat post ang pinapayagan ng %1; %2 ang narito. Mag-alis ng %3.</numerusform>
            <numerusform>%n link lang bawat post ang pinapayagan ng %1; %2 ang narito. Mag-alis ng %3.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="182"/>
        <source>%1 needs reconnecting: open Accounts and sign in again, or remove this account from the post.</source>
        <translation>Kailangang i-reconnect ang %1: buksan ang Mga Account at mag-sign in ulit, o alisin ang account na ito sa post.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="188"/>
        <source>%1 is switched off: turn it on in Accounts or remove it from the post.</source>
        <translation>Naka-off ang %1: i-on ito sa Mga Account o alisin ito sa post.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="192"/>
        <source>The post for %1 is empty: write some text.</source>
        <translation>Walang laman ang post para sa %1: sumulat ng teksto.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="196"/>
        <source>%1 needs at least one image: add a photo.</source>
        <translation>Kailangan ng %1 ng kahit isang larawan: magdagdag ng larawan.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="200"/>
        <source>%n image(s) without a description (alt text): people who cannot see the photo will miss it.</source>
        <translation>
            <numerusform>%n larawan ang walang paglalarawan (alt text): hindi ito malalaman ng mga hindi nakakakita ng larawan.</numerusform>
            <numerusform>%n larawan ang walang paglalarawan (alt text): hindi ito malalaman ng mga hindi nakakakita ng larawan.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="206"/>
        <source>The time for %1 is in the past: pick a later time or choose Post now.</source>
        <translation>Lipas na ang oras para sa %1: pumili ng mas huling oras o piliin ang I-post ngayon.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="211"/>
        <source>%1 is too small for %2: it takes pictures at least %3 pixels wide, this one is %4. Use a larger photo, or remove this account.</source>
        <translation>Masyadong maliit ang %1 para sa %2: tumatanggap ito ng larawang hindi bababa sa %3 pixel ang lapad, at %4 lang ang larawang ito. Gumamit ng mas malaking larawan, o alisin ang account na ito.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="221"/>
        <source>%1 does not play animated GIFs: %2 will be posted as a still picture (its first frame).</source>
        <translation>Hindi nagpe-play ng animated GIF ang %1: ipo-post ang %2 bilang still na larawan (ang unang frame nito).</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="229"/>
        <source>%1 is larger than the %2 MB %3 takes for an animation: if it cannot be made small enough, it is posted as a still picture.</source>
        <translation>Mas malaki ang %1 kaysa sa %2 MB na tinatanggap ng %3 para sa animation: kung hindi ito mapapaliit nang sapat, ipo-post ito bilang still na larawan.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="238"/>
        <source>%1 shows only %2% of %3 (its shape is cut to fit): check the preview, or move the photo&apos;s focus point on the Media screen.</source>
        <translation>%2% lang ng %3 ang ipinapakita ng %1 (tinatabas ang hugis para magkasya): tingnan ang preview, o ilipat ang focus point ng larawan sa screen ng Media.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="247"/>
        <source>The %1 column holds a NUL character (a zero byte), which no post can contain. Delete it and try again.</source>
        <translation>May NUL character (zero byte) ang column na %1, na hindi puwede sa anumang post. Burahin ito at subukan ulit.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="253"/>
        <source>“%1” is not an account like instagram:@yourshop (platform, colon, handle).</source>
        <translation>Hindi account na gaya ng instagram:@yourshop ang “%1” (platform, tutuldok, handle).</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="258"/>
        <source>There is no account %1:%2 in SMM Desk. Add it under Accounts, or fix the spelling.</source>
        <translation>Walang account na %1:%2 sa SMM Desk. Idagdag ito sa Mga Account, o ayusin ang spelling.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="264"/>
        <source>No account is given: write at least one, like instagram:@yourshop, or leave the date empty to keep the post as an idea.</source>
        <translation>Walang nakalagay na account: sumulat ng kahit isa, gaya ng instagram:@yourshop, o iwanang blangko ang petsa para manatiling ideya ang post.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="268"/>
        <source>“%1” is too far in the past or the future. Use a date between %2 and %3.</source>
        <translation>Masyadong malayo sa nakaraan o sa hinaharap ang “%1”. Gumamit ng petsa mula %2 hanggang %3.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="275"/>
        <source>“%1” is not a date and time. Write it like 2026-06-02 12:30 (or 2026-06-02T12:30+02:00 with a UTC offset).</source>
        <translation>Hindi petsa at oras ang “%1”. Isulat ito nang gaya ng 2026-06-02 12:30 (o 2026-06-02T12:30+02:00 kasama ang UTC offset).</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="282"/>
        <source>%1 is in the past. Change the date, or leave it empty to keep the post as an idea.</source>
        <translation>Lipas na ang %1. Baguhin ang petsa, o iwanang blangko para manatiling ideya ang post.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="287"/>
        <source>The image file %1 is missing.</source>
        <translation>Nawawala ang image file na %1.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="289"/>
        <source>The post has no text and no image.</source>
        <translation>Walang teksto at walang larawan ang post.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="292"/>
        <source>%1:%2 has no posting times for the queue. Add some in the account&apos;s queue settings, or give the row a date.</source>
        <translation>Walang oras ng pag-post para sa pila ang %1:%2. Magdagdag sa setting ng pila ng account, o lagyan ng petsa ang row.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="299"/>
        <source>%1 images: %2 takes at most %n in one post.</source>
        <translation>
            <numerusform>%1 larawan: hanggang %n lang sa isang post ang tinatanggap ng %2.</numerusform>
            <numerusform>%1 larawan: hanggang %n lang sa isang post ang tinatanggap ng %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="304"/>
        <source>%1 needs at least one image in a post.</source>
        <translation>Kailangan ng %1 ng kahit isang larawan sa isang post.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="309"/>
        <source>%1 asks SMM Desk to slow down. It will try again shortly.</source>
        <translation>Hinihiling ng %1 na bumagal ang SMM Desk. Susubukan ulit nito maya-maya.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="313"/>
        <source>%1 had a problem on its side. SMM Desk will try again.</source>
        <translation>Nagkaproblema sa panig ng %1. Susubukan ulit ng SMM Desk.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="318"/>
        <source>%1 no longer accepts the saved login. Open Accounts and reconnect this account.</source>
        <translation>Hindi na tinatanggap ng %1 ang naka-save na login. Buksan ang Mga Account at i-reconnect ang account na ito.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="323"/>
        <source>SMM Desk could not reach %1. It will try again.</source>
        <translation>Hindi maabot ng SMM Desk ang %1. Susubukan ulit nito.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="327"/>
        <source>%1 refused the post. Change the post and schedule it again.</source>
        <translation>Tinanggihan ng %1 ang post. Baguhin ang post at i-schedule ulit.</translation>
    </message>
</context>
<context>
    <name>PublishScheduleBox</name>
    <message>
        <location filename="../../ui/publishing/schedule_box.py" line="17"/>
        <source>Publish while SMM Desk is closed</source>
        <translation>Mag-publish kahit sarado ang SMM Desk</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/schedule_box.py" line="22"/>
        <source>Let this computer send your scheduled posts every 5 minutes, even when the SMM Desk window is closed (the computer must be on and you logged in).</source>
        <translation>Hayaang ipadala ng computer na ito ang mga naka-schedule mong post tuwing 5 minuto, kahit sarado ang window ng SMM Desk (dapat nakabukas ang computer at naka-log in ka).</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/schedule_box.py" line="29"/>
        <source>Turn on</source>
        <translation>I-on</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/schedule_box.py" line="31"/>
        <source>Turn off</source>
        <translation>I-off</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/schedule_box.py" line="51"/>
        <source>On: %1.</source>
        <translation>Naka-on: %1.</translation>
    </message>
    <message>
        <source>On: {what}.</source>
        <translation type="vanished">Naka-on: {what}.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/schedule_box.py" line="53"/>
        <source>Off. Posts go out only while SMM Desk is open.</source>
        <translation>Naka-off. Naipapadala lang ang mga post habang bukas ang SMM Desk.</translation>
    </message>
</context>
<context>
    <name>PublishingActions</name>
    <message>
        <location filename="../../ui/publishing/target_actions.py" line="76"/>
        <source>%1 @%2: not published</source>
        <translation>%1 @%2: hindi na-publish</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/target_actions.py" line="78"/>
        <source>%1 @%2: check whether it went out</source>
        <translation>%1 @%2: tingnan kung naipadala</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/target_actions.py" line="83"/>
        <source>See why</source>
        <translation>Bakit?</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/target_actions.py" line="88"/>
        <source>Retry</source>
        <translation>Ulitin</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/target_actions.py" line="135"/>
        <source>It will be sent in a moment.</source>
        <translation>Ipapadala ito sa ilang sandali.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/target_actions.py" line="156"/>
        <source>That did not work (%1). Try again.</source>
        <translation>Hindi iyon gumana (%1). Subukan ulit.</translation>
    </message>
</context>
<context>
    <name>ReadyToPostDialog</name>
    <message>
        <source>Ready to post on {platform}</source>
        <translation type="vanished">Handa nang i-post sa {platform}</translation>
    </message>
    <message>
        <source>It is time for this post. The text is copied: paste it on {platform}. The photos ({count}) are in a folder, numbered in order. When it is up, mark it as posted.</source>
        <translation type="vanished">Oras na para sa post na ito. Nakopya na ang teksto: i-paste ito sa {platform}. Nasa isang folder ang mga larawan ({count}), may numero ayon sa pagkakasunod. Kapag naka-post na, markahan itong na-post.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/ready_dialog.py" line="65"/>
        <source>Copy text again</source>
        <translation>Kopyahin ulit ang teksto</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/ready_dialog.py" line="67"/>
        <source>Open photos folder</source>
        <translation>Buksan ang folder ng larawan</translation>
    </message>
    <message>
        <source>Open {platform}</source>
        <translation type="vanished">Buksan ang {platform}</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/ready_dialog.py" line="42"/>
        <source>Ready to post on %1</source>
        <translation>Handa nang i-post sa %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/publishing/ready_dialog.py" line="50"/>
        <source>It is time for this post. The text is copied: paste it on %1. The photos (%n) are in a folder, numbered in order. When it is up, mark it as posted.</source>
        <translation>
            <numerusform>Oras na para sa post na ito. Nakopya na ang teksto: i-paste ito sa %1. Nasa isang folder ang mga larawan (%n), may numero ayon sa pagkakasunod. Kapag naka-post na, markahan itong na-post.</numerusform>
            <numerusform>Oras na para sa post na ito. Nakopya na ang teksto: i-paste ito sa %1. Nasa isang folder ang mga larawan (%n), may numero ayon sa pagkakasunod. Kapag naka-post na, markahan itong na-post.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/publishing/ready_dialog.py" line="74"/>
        <source>Open %1</source>
        <translation>Buksan ang %1</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/ready_dialog.py" line="84"/>
        <source>Link to the post (optional)</source>
        <translation>Link sa post (opsyonal)</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/ready_dialog.py" line="88"/>
        <source>Later</source>
        <translation>Mamaya</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/ready_dialog.py" line="90"/>
        <source>Mark as posted</source>
        <translation>Markahang na-post</translation>
    </message>
</context>
<context>
    <name>RubricCombo</name>
    <message>
        <location filename="../../ui/composer/widgets.py" line="273"/>
        <source>No rubric</source>
        <translation>Walang rubrik</translation>
    </message>
</context>
<context>
    <name>RubricsDialog</name>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="74"/>
        <source>Rubrics</source>
        <translation>Mga rubrik</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="78"/>
        <source>Rubrics are the kinds of post you make (product, tips, behind the scenes…). The target share is how much of your plan each should take.</source>
        <translation>Ang mga rubrik ay ang mga uri ng post na ginagawa mo (produkto, tips, behind the scenes…). Ang target na bahagi ay kung gaano karami sa plano mo ang dapat mapunta sa bawat isa.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="94"/>
        <source>Name</source>
        <translation>Pangalan</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="95"/>
        <source>Colour</source>
        <translation>Kulay</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="96"/>
        <source>Target share</source>
        <translation>Target na bahagi</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="103"/>
        <source>Add</source>
        <translation>Idagdag</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="104"/>
        <source>Save changes</source>
        <translation>I-save ang binago</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="105"/>
        <source>Delete</source>
        <translation>Burahin</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="150"/>
        <source>Rubric colour</source>
        <translation>Kulay ng rubrik</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="166"/>
        <source>New rubric</source>
        <translation>Bagong rubrik</translation>
    </message>
</context>
<context>
    <name>SchedulePanel</name>
    <message>
        <location filename="../../ui/composer/panels.py" line="83"/>
        <location filename="../../ui/composer/panels.py" line="197"/>
        <source>Post now</source>
        <translation>I-post ngayon</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="84"/>
        <source>Next free slot</source>
        <translation>Susunod na bakante</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="86"/>
        <source>Each account&apos;s next free posting time from its queue (Plan screen)</source>
        <translation>Ang susunod na bakanteng oras ng pag-post ng bawat account mula sa pila nito (screen ng Plano)</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="88"/>
        <source>At</source>
        <translation>Sa</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="104"/>
        <source>From the engagement of your own published posts (Dashboard).</source>
        <translation>Batay sa engagement ng sarili mong mga na-publish na post (Dashboard).</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="106"/>
        <source>Use this time</source>
        <translation>Gamitin ang oras</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="115"/>
        <location filename="../../ui/composer/panels.py" line="201"/>
        <source>Schedule</source>
        <translation>I-schedule</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="127"/>
        <source>Show in calendar</source>
        <translation>Ipakita sa kalendaryo</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="140"/>
        <source>No free posting time for %1: add posting times on the Plan screen, or pick a date and time.</source>
        <translation>Walang bakanteng oras ng pag-post para sa %1: magdagdag ng oras ng pag-post sa screen ng Plano, o pumili ng petsa at oras.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/composer/panels.py" line="167"/>
        <source>Added to the queue of %n account(s).</source>
        <translation>
            <numerusform>Naidagdag sa pila ng %n account.</numerusform>
            <numerusform>Naidagdag sa pila ng %n account.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/composer/panels.py" line="171"/>
        <source>Sent to the queue for %n account(s): it goes out now.</source>
        <translation>
            <numerusform>Ipinadala sa pila ng %n account: ipo-post na ito ngayon.</numerusform>
            <numerusform>Ipinadala sa pila ng %n account: ipo-post na ito ngayon.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/composer/panels.py" line="174"/>
        <source>Scheduled for %n account(s).</source>
        <translation>
            <numerusform>Naka-schedule para sa %n account.</numerusform>
            <numerusform>Naka-schedule para sa %n account.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="179"/>
        <source>%1: ready to post now; SMM Desk shows you the text and photos.</source>
        <translation>%1: handa nang i-post ngayon; ipapakita sa iyo ng SMM Desk ang teksto at mga larawan.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="186"/>
        <source>%1: ready to post at %2; SMM Desk will remind you then.</source>
        <translation>%1: handa nang i-post sa %2; ipapaalala ito sa iyo ng SMM Desk.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="199"/>
        <source>Add to queue</source>
        <translation>Ilagay sa pila</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="219"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="225"/>
        <source>Your posts do best on %1.</source>
        <translation>Pinakaepektibo ang mga post mo tuwing %1.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="242"/>
        <source>Write your post above, then schedule it here.</source>
        <translation>Isulat ang post mo sa itaas, saka i-schedule dito.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="261"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="272"/>
        <source>Choose at least one account above.</source>
        <translation>Pumili ng kahit isang account sa itaas.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="275"/>
        <source>Fix these before scheduling, or remove the account from the post:</source>
        <translation>Ayusin muna ang mga ito bago mag-schedule, o alisin ang account sa post:</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="278"/>
        <source>Ready. Worth a look:</source>
        <translation>Handa na. Sulit tingnan:</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="280"/>
        <source>Ready to schedule: no problems found.</source>
        <translation>Handa nang i-schedule: walang nakitang problema.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/settings_page.py" line="28"/>
        <source>Africa</source>
        <translation>Aprika</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="29"/>
        <source>Americas</source>
        <translation>Amerika</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="30"/>
        <source>Antarctica</source>
        <translation>Antartika</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="31"/>
        <source>Arctic</source>
        <translation>Arktiko</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="32"/>
        <source>Asia</source>
        <translation>Asya</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="33"/>
        <source>Atlantic Ocean</source>
        <translation>Karagatang Atlantiko</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="34"/>
        <source>Australia</source>
        <translation>Australia</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="35"/>
        <source>Europe</source>
        <translation>Europa</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="36"/>
        <source>Indian Ocean</source>
        <translation>Karagatang Indiyano</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="37"/>
        <source>Pacific Ocean</source>
        <translation>Karagatang Pasipiko</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="104"/>
        <source>Settings</source>
        <translation>Mga Setting</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="111"/>
        <source>Your shop</source>
        <translation>Ang shop mo</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="117"/>
        <source>e.g. Bakery Zoet</source>
        <translation>hal. Bakery Zoet</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="119"/>
        <source>Shop name</source>
        <translation>Pangalan ng shop</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="120"/>
        <source>Printed at the top of your reports, with the logo you chose for your photos (Media).</source>
        <translation>Nakalimbag sa itaas ng mga ulat mo, kasama ang logo na pinili mo para sa mga larawan mo (Media).</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="126"/>
        <source>Language and time</source>
        <translation>Wika at oras</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="136"/>
        <source>Language</source>
        <translation>Wika</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="140"/>
        <source>Restart now</source>
        <translation>I-restart ngayon</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="156"/>
        <source>Gregorian</source>
        <translation>Gregorian</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="157"/>
        <source>Persian (Jalali)</source>
        <translation>Persian (Jalali)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="158"/>
        <source>Islamic</source>
        <translation>Islamiko</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="164"/>
        <source>Calendar</source>
        <translation>Kalendaryo</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="172"/>
        <source>Type a city or a country</source>
        <translation>Mag-type ng lungsod o bansa</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="174"/>
        <source>Time zone</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="176"/>
        <location filename="../../ui/settings_page.py" line="272"/>
        <source>Posting times are shown and scheduled in this time zone.</source>
        <translation>Ipinapakita at sini-schedule ang mga oras ng pag-post sa time zone na ito.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="182"/>
        <source>Your data</source>
        <translation>Ang data mo</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="185"/>
        <source>Data folder</source>
        <translation>Folder ng data</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="186"/>
        <source>Backups</source>
        <translation>Mga backup</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="187"/>
        <source>Log files</source>
        <translation>Mga log file</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="193"/>
        <source>Open</source>
        <translation>Buksan</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="204"/>
        <source>About SMM Desk…</source>
        <translation>Tungkol sa SMM Desk…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="258"/>
        <location filename="../../ui/settings_page.py" line="269"/>
        <source>Unknown time zone: pick one from the list.</source>
        <translation>Hindi kilalang time zone: pumili sa listahan.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="296"/>
        <source>SMM Desk restarts in %1 — your work is saved.</source>
        <translation>Magre-restart ang SMM Desk sa wikang %1 — naka-save ang trabaho mo.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="302"/>
        <source>The new language is used from the next start.</source>
        <translation>Gagamitin ang bagong wika sa susunod na pagbukas.</translation>
    </message>
</context>
<context>
    <name>ShapeCombo</name>
    <message>
        <location filename="../../ui/composer/widgets.py" line="308"/>
        <source>Square 1:1</source>
        <translation>Parisukat 1:1</translation>
    </message>
    <message>
        <location filename="../../ui/composer/widgets.py" line="309"/>
        <source>Portrait 4:5</source>
        <translation>Patayo 4:5</translation>
    </message>
    <message>
        <location filename="../../ui/composer/widgets.py" line="310"/>
        <source>Landscape 1.91:1</source>
        <translation>Pahiga 1.91:1</translation>
    </message>
</context>
<context>
    <name>SnippetBar</name>
    <message>
        <location filename="../../ui/composer/snippets.py" line="59"/>
        <source>Hashtag sets</source>
        <translation>Mga hashtag set</translation>
    </message>
    <message>
        <location filename="../../ui/composer/snippets.py" line="62"/>
        <source>Templates</source>
        <translation>Mga template</translation>
    </message>
    <message>
        <location filename="../../ui/composer/snippets.py" line="93"/>
        <source>Nothing saved yet</source>
        <translation>Wala pang naka-save</translation>
    </message>
    <message>
        <location filename="../../ui/composer/snippets.py" line="96"/>
        <source>Save this post&apos;s hashtags as a set…</source>
        <translation>I-save ang mga hashtag ng post bilang set…</translation>
    </message>
    <message>
        <location filename="../../ui/composer/snippets.py" line="98"/>
        <source>Save the selected text as a template…</source>
        <translation>I-save ang napiling teksto bilang template…</translation>
    </message>
    <message>
        <location filename="../../ui/composer/snippets.py" line="104"/>
        <source>%1 · %2 hashtags</source>
        <translation>%1 · %2 hashtag</translation>
    </message>
    <message>
        <location filename="../../ui/composer/snippets.py" line="113"/>
        <source>More hashtags than %1 allow(s).</source>
        <translation>Mas maraming hashtag kaysa pinapayagan ng %1.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/snippets.py" line="134"/>
        <source>This post has no hashtags to save.</source>
        <translation>Walang hashtag na mase-save sa post na ito.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/snippets.py" line="136"/>
        <source>Save hashtag set</source>
        <translation>I-save ang hashtag set</translation>
    </message>
    <message>
        <location filename="../../ui/composer/snippets.py" line="136"/>
        <location filename="../../ui/composer/snippets.py" line="146"/>
        <source>Name:</source>
        <translation>Pangalan:</translation>
    </message>
    <message>
        <location filename="../../ui/composer/snippets.py" line="144"/>
        <source>Select the text to keep as a template first.</source>
        <translation>Piliin muna ang tekstong itatago bilang template.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/snippets.py" line="146"/>
        <source>Save template</source>
        <translation>I-save ang template</translation>
    </message>
</context>
<context>
    <name>Stats</name>
    <message>
        <location filename="../../ui/report/labels.py" line="17"/>
        <location filename="../../ui/report/monthly.py" line="196"/>
        <source>Followers</source>
        <translation>Mga follower</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="18"/>
        <source>New followers</source>
        <translation>Bagong follower</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="19"/>
        <source>Growth</source>
        <translation>Paglago</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="20"/>
        <source>Posts published</source>
        <translation>Na-publish na post</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="50"/>
        <location filename="../../ui/dashboard/posts_model.py" line="23"/>
        <location filename="../../ui/report/labels.py" line="21"/>
        <source>Reach</source>
        <translation>Reach</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="51"/>
        <source>Likes</source>
        <translation>Likes</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="52"/>
        <source>Comments</source>
        <translation>Komento</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="53"/>
        <source>Shares</source>
        <translation>Shares</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="54"/>
        <source>Saves</source>
        <translation>Saves</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="55"/>
        <source>Link clicks</source>
        <translation>Link clicks</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="68"/>
        <source>Enter a post&apos;s figures</source>
        <translation>Ilagay ang numero ng isang post</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="70"/>
        <source>Copy the figures from the platform&apos;s app. Leave a figure at “—” if the platform does not show it. Earlier figures are kept.</source>
        <translation>Kopyahin ang mga numero mula sa app ng platform. Iwanang “—” ang numerong hindi ipinapakita ng platform. Itatago ang mga naunang numero.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="83"/>
        <location filename="../../ui/dashboard/posts_model.py" line="22"/>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="132"/>
        <source>Add ad spend</source>
        <translation>Magdagdag ng gastos sa ad</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="134"/>
        <source>Enter what a boosted post or an ad cost, as the ad manager shows it. Impressions, clicks and leads are optional; with them the Dashboard shows CPM, CPC and CPL.</source>
        <translation>Ilagay ang ginastos sa isang boosted post o ad, ayon sa ipinapakita ng ads manager. Opsyonal ang impressions, clicks at leads; kapag mayroon, ipapakita ng Dashboard ang CPM, CPC at CPL.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="144"/>
        <source>Day</source>
        <translation>Araw</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="146"/>
        <source>No particular account</source>
        <translation>Walang partikular na account</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/ad_spend_list.py" line="55"/>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="149"/>
        <location filename="../../ui/dashboard/import_dialog.py" line="114"/>
        <location filename="../../ui/dashboard/posts_model.py" line="21"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/ad_spend_list.py" line="54"/>
        <location filename="../../ui/dashboard/cards.py" line="115"/>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="153"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="155"/>
        <source>e.g. Weekend boost</source>
        <translation>hal. Boost sa weekend</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/ad_spend_list.py" line="48"/>
        <source>Money spent on ads, one line per day and campaign. It is used for cost per click, per thousand views, per lead and per new follower.</source>
        <translation>Perang ginastos sa ads, isang linya bawat araw at campaign. Ginagamit ito para sa gastos bawat click, bawat libong view, bawat lead at bawat bagong follower.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/ad_spend_list.py" line="54"/>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="156"/>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/ad_spend_list.py" line="54"/>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="160"/>
        <source>Amount</source>
        <translation>Halaga</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/ad_spend_list.py" line="54"/>
        <source>Date</source>
        <translation>Petsa</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/ad_spend_list.py" line="64"/>
        <source>No ad spend entered yet.</source>
        <translation>Wala pang nailagay na gastos sa ad.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/ad_spend_list.py" line="67"/>
        <source>Add…</source>
        <translation>Idagdag…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/ad_spend_list.py" line="68"/>
        <source>Delete</source>
        <translation>Burahin</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/ad_spend_list.py" line="126"/>
        <source>Delete ad spend</source>
        <translation>Burahin ang gastos sa ad</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/ad_spend_list.py" line="127"/>
        <source>Delete %n ad spend entries? The costs per click and per follower are computed again without them.</source>
        <translation>
            <numerusform>Burahin ang %n entry ng gastos sa ad? Kakalkulahin ulit nang wala ang mga ito ang gastos bawat click at bawat follower.</numerusform>
            <numerusform>Burahin ang %n entry ng gastos sa ad? Kakalkulahin ulit nang wala ang mga ito ang gastos bawat click at bawat follower.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete %1 ad spend entries? The costs per click and per follower are computed again without them.</source>
        <translation type="vanished">Burahin ang %1 entry ng gastos sa ad? Kakalkulahin ulit nang wala ang mga ito ang gastos bawat click at bawat follower.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="164"/>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="166"/>
        <source>Ad impressions</source>
        <translation>Ad impressions</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="167"/>
        <source>Ad clicks</source>
        <translation>Ad clicks</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="168"/>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/posts_model.py" line="21"/>
        <source>When</source>
        <translation>Kailan</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/posts_model.py" line="22"/>
        <source>Engagement</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/posts_model.py" line="23"/>
        <location filename="../../ui/report/labels.py" line="22"/>
        <source>Interactions</source>
        <translation>Interaksyon</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/posts_model.py" line="86"/>
        <source>Double-click to open it</source>
        <translation>I-double click para buksan</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="23"/>
        <source>Engagement rate (by reach)</source>
        <translation>Engagement rate (reach)</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="24"/>
        <source>Engagement rate (by followers)</source>
        <translation>Engagement rate (follower)</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="25"/>
        <source>Reach rate</source>
        <translation>Reach rate</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="26"/>
        <source>Click-through rate</source>
        <translation>Click-through rate</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/ad_spend_list.py" line="44"/>
        <location filename="../../ui/report/labels.py" line="27"/>
        <source>Ad spend</source>
        <translation>Gastos sa ad</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="28"/>
        <source>Cost per 1,000 impressions (CPM)</source>
        <translation>Gastos bawat 1,000 impression (CPM)</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="29"/>
        <source>Cost per click (CPC)</source>
        <translation>Gastos bawat click (CPC)</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="30"/>
        <source>Cost per lead (CPL)</source>
        <translation>Gastos bawat lead (CPL)</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="31"/>
        <source>Cost per new follower</source>
        <translation>Gastos bawat bagong follower</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="35"/>
        <source>Followers at the end of the period, all chosen accounts together.</source>
        <translation>Mga follower sa dulo ng panahon, lahat ng napiling account nang magkakasama.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="37"/>
        <source>Followers at the end minus followers at the start of the period.</source>
        <translation>Mga follower sa dulo bawas ang mga follower sa simula ng panahon.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="39"/>
        <source>Growth: (followers at the end − followers at the start) / followers at the start.</source>
        <translation>Paglago: (follower sa dulo − follower sa simula) / follower sa simula.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="42"/>
        <source>Posts published in the period, per account.</source>
        <translation>Mga post na na-publish sa panahon, bawat account.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="43"/>
        <source>Reach: the people who saw the period&apos;s posts, added up over the posts.</source>
        <translation>Reach: ang mga taong nakakita sa mga post ng panahon, pinagsama-sama sa lahat ng post.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="45"/>
        <source>Interactions: likes + comments + shares + saves, counting those the platform reports.</source>
        <translation>Interaksyon: likes + komento + shares + saves, ang mga iniuulat lang ng platform.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="48"/>
        <source>Engagement rate by reach: interactions / reach, over posts that have a reach.</source>
        <translation>Engagement rate ayon sa reach: interaksyon / reach, sa mga post na may reach.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="50"/>
        <source>Engagement rate by followers: interactions per post / followers.</source>
        <translation>Engagement rate ayon sa follower: interaksyon bawat post / follower.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="52"/>
        <source>Reach rate: reach per post / followers.</source>
        <translation>Reach rate: reach bawat post / follower.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="53"/>
        <source>Click-through rate: clicks / impressions (or reach, without impressions).</source>
        <translation>Click-through rate: clicks / impressions (o reach, kung walang impressions).</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="55"/>
        <source>Money spent on ads in the period, as entered.</source>
        <translation>Perang ginastos sa ads sa panahong ito, ayon sa inilagay.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="56"/>
        <source>CPM: ad spend per 1,000 ad impressions.</source>
        <translation>CPM: gastos sa ad bawat 1,000 ad impression.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="57"/>
        <source>CPC: ad spend / ad clicks.</source>
        <translation>CPC: gastos sa ad / ad clicks.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="58"/>
        <source>CPL: ad spend / leads.</source>
        <translation>CPL: gastos sa ad / leads.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="59"/>
        <source>Cost per new follower: ad spend / new followers in the period.</source>
        <translation>Gastos bawat bagong follower: gastos sa ad / bagong follower sa panahon.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="64"/>
        <source>likes</source>
        <translation>likes</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="65"/>
        <source>comments</source>
        <translation>komento</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="66"/>
        <source>shares</source>
        <translation>shares</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="67"/>
        <source>saves</source>
        <translation>saves</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="68"/>
        <source>impressions</source>
        <translation>impressions</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="69"/>
        <source>reach</source>
        <translation>reach</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="70"/>
        <source>clicks</source>
        <translation>clicks</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="71"/>
        <source>followers</source>
        <translation>follower</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="72"/>
        <source>reach of the day</source>
        <translation>reach sa araw</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="73"/>
        <source>views of the day</source>
        <translation>views sa araw</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="74"/>
        <source>new followers</source>
        <translation>bagong follower</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="75"/>
        <source>lost followers</source>
        <translation>nawalang follower</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="84"/>
        <source>Mon</source>
        <translation>Lun</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="84"/>
        <source>Tue</source>
        <translation>Mar</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="85"/>
        <source>Wed</source>
        <translation>Miy</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="85"/>
        <source>Thu</source>
        <translation>Huw</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="86"/>
        <source>Fri</source>
        <translation>Biy</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="86"/>
        <source>Sat</source>
        <translation>Sab</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="87"/>
        <source>Sun</source>
        <translation>Lin</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="114"/>
        <source>not enough data</source>
        <translation>kulang ang data</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="121"/>
        <source>Counted here: %1.</source>
        <translation>Binilang dito: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="146"/>
        <source>pp</source>
        <translation>pp</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="196"/>
        <source>Monthly report: %1</source>
        <translation>Buwanang ulat: %1</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="198"/>
        <source>Weekly report: %1</source>
        <translation>Lingguhang ulat: %1</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="200"/>
        <source>Report for %1</source>
        <translation>Ulat para sa %1</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="201"/>
        <source>Report on %1: %2</source>
        <translation>Ulat ng %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="224"/>
        <source>Reach %1 on the period before.</source>
        <translation>Reach: %1 kumpara sa nakaraang panahon.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="226"/>
        <source>Reach: %1 (nothing to compare with yet).</source>
        <translation>Reach: %1 (wala pang maikukumpara).</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="231"/>
        <source>%1 engaged best (%2 engagement rate).</source>
        <translation>Pinakamataas ang engagement sa %1 (%2 engagement rate).</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="237"/>
        <source>Posts in “%1” did best (%2 engagement rate).</source>
        <translation>Pinakamaganda ang resulta ng mga post sa “%1” (%2 engagement rate).</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="241"/>
        <source>Post more on %1 around %2: your posts at that time did best.</source>
        <translation>Mag-post nang mas madalas tuwing %1 bandang %2: pinakamaganda ang resulta ng mga post mo sa oras na iyon.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="244"/>
        <source>Too few posts yet to say which day works best: an hour needs %1 posts before it counts.</source>
        <translation>Kulang pa ang post para masabi kung aling araw ang pinakaepektibo: kailangan ng %1 post sa isang oras bago ito bilangin.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/cards.py" line="63"/>
        <source>%1 vs previous period</source>
        <translation>%1 kumpara sa nakaraang panahon</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/cards.py" line="65"/>
        <source>no comparison yet</source>
        <translation>wala pang paghahambing</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/cards.py" line="110"/>
        <source>Reach and engagement of each platform&apos;s posts in the period.</source>
        <translation>Reach at engagement ng mga post ng bawat platform sa panahong ito.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="123"/>
        <source>Followers over time</source>
        <translation>Mga follower sa paglipas ng panahon</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="130"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="132"/>
        <source>Followers are counted once a day while SMM Desk runs, or imported from a daily stats file.</source>
        <translation>Binibilang ang mga follower isang beses bawat araw habang tumatakbo ang SMM Desk, o ini-import mula sa araw-araw na stats file.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="138"/>
        <location filename="../../ui/report/monthly.py" line="201"/>
        <source>Engagement rate per post</source>
        <translation>Engagement rate bawat post</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/charts.py" line="144"/>
        <location filename="../../ui/dashboard/charts.py" line="163"/>
        <location filename="../../ui/dashboard/charts.py" line="214"/>
        <location filename="../../ui/report/monthly.py" line="238"/>
        <location filename="../../ui/report/monthly.py" line="276"/>
        <source>%n posts</source>
        <translation>
            <numerusform>%n post</numerusform>
            <numerusform>%n post</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/charts.py" line="147"/>
        <source>%n without a reach figure left out</source>
        <translation>
            <numerusform>%n na walang reach ang hindi isinama</numerusform>
            <numerusform>%n na walang reach ang hindi isinama</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="203"/>
        <source>Suggested: %1, the darkest cell (outlined)</source>
        <translation>Mungkahi: %1, ang pinakamadilim na kahon (may balangkas)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="206"/>
        <source>next best: %1</source>
        <translation>pangalawa: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="209"/>
        <source>No suggestion yet: every hour you posted at has fewer than %1 posts (grey), too few to trust.</source>
        <translation>Wala pang mungkahi: kulang sa %1 post (abo) ang bawat oras na pinag-postan mo, masyadong kaunti para pagkatiwalaan.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="213"/>
        <source>%1 of the last %2; grey: fewer than %3 posts</source>
        <translation>%1 sa huling %2; abo: kulang sa %3 post</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/charts.py" line="215"/>
        <location filename="../../ui/report/labels.py" line="201"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n araw</numerusform>
            <numerusform>%n araw</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 posts</source>
        <translation type="vanished">%1 post</translation>
    </message>
    <message>
        <source>%1 without a reach figure are left out</source>
        <translation type="vanished">%1 na walang reach ang hindi isinama</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="166"/>
        <source>ER %1</source>
        <translation>ER %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="168"/>
        <source>Too few posts to trust</source>
        <translation>Masyadong kaunti ang post para pagkatiwalaan</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="192"/>
        <source>Best time to post</source>
        <translation>Pinakamagandang oras mag-post</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="193"/>
        <source>From your own posts: the mean engagement rate of the posts published in each hour of each weekday. The number is how many posts; grey cells have too few to trust.</source>
        <translation>Mula sa sarili mong mga post: ang karaniwang engagement rate ng mga post na na-publish sa bawat oras ng bawat araw ng linggo. Ang numero ay kung ilang post; masyadong kaunti ang sa mga kulay-abong cell para pagkatiwalaan.</translation>
    </message>
    <message>
        <source>Suggested: %1</source>
        <translation type="vanished">Mungkahi: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="212"/>
        <source>Not enough posts yet for a suggestion.</source>
        <translation>Kulang pa ang post para sa mungkahi.</translation>
    </message>
    <message>
        <source>%1 posts of the last %2 days; grey: fewer than %3 posts</source>
        <translation type="vanished">%1 post sa %2 araw; abo: kulang sa %3 post</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="223"/>
        <source>Rubric performance</source>
        <translation>Resulta ng bawat rubrik</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="224"/>
        <source>Blue: the rubric&apos;s share of the period&apos;s posts. Grey: its share in your plan. The engagement rate is the mean over the rubric&apos;s posts.</source>
        <translation>Asul: bahagi ng rubrik sa mga post ng panahon. Abo: bahagi nito sa plano mo. Ang engagement rate ay ang karaniwan sa mga post ng rubrik.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="230"/>
        <source>Blue: share of posts · grey: share in the plan</source>
        <translation>Asul: bahagi ng post · abo: bahagi sa plano</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="67"/>
        <source>Line</source>
        <translation>Linya</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="68"/>
        <source>What happens</source>
        <translation>Mangyayari</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="69"/>
        <source>Figures or problem</source>
        <translation>Numero o problema</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="50"/>
        <source>new post, imported</source>
        <translation>bagong post, na-import</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="50"/>
        <source>imported</source>
        <translation>na-import</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="51"/>
        <source>already imported</source>
        <translation>na-import na dati</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="52"/>
        <source>skipped</source>
        <translation>nilaktawan</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="84"/>
        <location filename="../../ui/dashboard/page.py" line="172"/>
        <source>Import a stats file</source>
        <translation>Mag-import ng stats file</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="91"/>
        <source>Download the stats file from the platform (for Instagram and Facebook: Meta Business Suite › Insights › Content › Export; for X: Analytics › Export data; for VK: Statistics › Export), then choose it here. Nothing is stored until you press Import.</source>
        <translation>I-download ang stats file mula sa platform (para sa Instagram at Facebook: Meta Business Suite › Insights › Content › Export; para sa X: Analytics › Export data; para sa VK: Statistics › Export), saka piliin ito rito. Walang mase-save hangga&apos;t hindi mo pinipindot ang I-import.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="100"/>
        <source>The .csv file</source>
        <translation>Ang .csv file</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="101"/>
        <source>Choose…</source>
        <translation>Pumili…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="105"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="109"/>
        <source>Kind of file</source>
        <translation>Uri ng file</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="111"/>
        <source>The only account of that platform</source>
        <translation>Ang nag-iisang account sa platform na iyon</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="130"/>
        <source>Import</source>
        <translation>I-import</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="141"/>
        <source>Choose the stats file</source>
        <translation>Piliin ang stats file</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="142"/>
        <source>CSV files (*.csv *.txt)</source>
        <translation>Mga CSV file (*.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="155"/>
        <source>Stopping…</source>
        <translation>Itinitigil…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="208"/>
        <source>Reading the file…</source>
        <translation>Binabasa ang file…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="232"/>
        <source>For %1: %2, %3 already imported, %4 with a problem (they are skipped).</source>
        <translation>Para sa %1: %2, %3 na-import na, %4 may problema (lalaktawan ang mga ito).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/import_dialog.py" line="233"/>
        <source>%n rows to import</source>
        <translation>
            <numerusform>%n row na ii-import</numerusform>
            <numerusform>%n row na ii-import</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="248"/>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/import_dialog.py" line="249"/>
        <source>Imported %n figures</source>
        <translation>
            <numerusform>Na-import ang %n numero</numerusform>
            <numerusform>Na-import ang %n numero</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/import_dialog.py" line="250"/>
        <source>%n posts were new to SMM Desk.</source>
        <translation>
            <numerusform>%n post ang bago sa SMM Desk.</numerusform>
            <numerusform>%n post ang bago sa SMM Desk.</numerusform>
        </translation>
    </message>
    <message>
        <source>For %1: %2 rows to import, %3 already imported, %4 with a problem (they are skipped).</source>
        <translation type="vanished">Para sa %1: %2 row na ii-import, %3 na-import na, %4 may problema (lalaktawan ang mga ito).</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="242"/>
        <source>Importing…</source>
        <translation>Ini-import…</translation>
    </message>
    <message>
        <source>Imported %1 figures; %2 posts were new to SMM Desk.</source>
        <translation type="vanished">Na-import ang %1 numero; %2 post ang bago sa SMM Desk.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="119"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="124"/>
        <source>Show one account or all of them together</source>
        <translation>Ipakita ang isang account o lahat nang sabay</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="129"/>
        <source>Add figures</source>
        <translation>Magdagdag</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="133"/>
        <source>Import a stats file, or enter figures by hand</source>
        <translation>Mag-import ng stats file, o mano-manong maglagay ng numero</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="135"/>
        <source>Import a stats file…</source>
        <translation>Mag-import ng stats file…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="136"/>
        <source>Enter a post&apos;s figures…</source>
        <translation>Ilagay ang numero ng post…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="138"/>
        <source>Add ad spend…</source>
        <translation>Magdagdag ng gastos sa ad…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="139"/>
        <source>Ad spend entries…</source>
        <translation>Mga gastos sa ad…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="142"/>
        <source>Report…</source>
        <translation>Ulat…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="143"/>
        <source>Save this period as a PDF report, with its numbers as CSV beside it</source>
        <translation>I-save ang panahong ito bilang PDF na ulat, kasama ang mga numero bilang CSV</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="145"/>
        <source>Refresh</source>
        <translation>I-refresh</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="146"/>
        <source>Fetch the latest figures from the platforms</source>
        <translation>Kunin ang pinakabagong numero mula sa mga platform</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="156"/>
        <source>Open</source>
        <translation>Buksan</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="158"/>
        <source>Open the saved report</source>
        <translation>Buksan ang na-save na ulat</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="169"/>
        <source>See what works</source>
        <translation>Tingnan kung ano ang epektibo</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="170"/>
        <source>Your followers, reach and best posts appear here once there are figures: connect an account, or import the stats file a platform lets you download.</source>
        <translation>Lalabas dito ang mga follower, reach at pinakamagandang post mo kapag may numero na: magkonekta ng account, o mag-import ng stats file na puwedeng i-download sa platform.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="183"/>
        <source>Best post</source>
        <translation>Pinakamagandang post</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="202"/>
        <location filename="../../ui/report/monthly.py" line="247"/>
        <source>Top posts</source>
        <translation>Nangungunang post</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="203"/>
        <location filename="../../ui/report/monthly.py" line="251"/>
        <source>Posts that worked least</source>
        <translation>Mga post na pinakamahina</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="250"/>
        <location filename="../../ui/report/monthly.py" line="142"/>
        <source>All accounts</source>
        <translation>Lahat ng account</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="271"/>
        <source>Loading…</source>
        <translation>Naglo-load…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="287"/>
        <source>The figures could not be loaded: %1</source>
        <translation>Hindi ma-load ang mga numero: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="317"/>
        <source>%1 new</source>
        <translation>%1 bago</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="327"/>
        <location filename="../../ui/dashboard/page.py" line="333"/>
        <source>The post with the highest engagement rate by reach in the period.</source>
        <translation>Ang post na may pinakamataas na engagement rate ayon sa reach sa panahong ito.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="342"/>
        <source>%1, compared with %2</source>
        <translation>%1, kumpara sa %2</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="381"/>
        <source>Save the report</source>
        <translation>I-save ang ulat</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="382"/>
        <source>PDF files (*.pdf)</source>
        <translation>Mga PDF file (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="409"/>
        <source>Report saved: %1</source>
        <translation>Na-save ang ulat: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_bar.py" line="106"/>
        <source>None of your accounts can be read live: import their stats files.</source>
        <translation>Wala sa mga account mo ang mababasa nang live: i-import ang mga stats file nila.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_bar.py" line="108"/>
        <source>Stopped; the figures fetched so far are kept.</source>
        <translation>Itinigil; itatago ang mga numerong nakuha na.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_bar.py" line="130"/>
        <source>Stop</source>
        <translation>Itigil</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_bar.py" line="132"/>
        <source>Stop fetching after the account being read now; what arrived is kept</source>
        <translation>Itigil pagkatapos ng account na binabasa ngayon; itatago ang mga dumating na</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_bar.py" line="154"/>
        <source>The demo workspace shows made-up figures; it never fetches from the platforms.</source>
        <translation>Gawa-gawang numero ang ipinapakita ng demo workspace; hindi ito kumukuha kailanman sa mga platform.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_bar.py" line="164"/>
        <source>Stopping after the account being read now…</source>
        <translation>Ititigil pagkatapos ng account na binabasa ngayon…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_bar.py" line="171"/>
        <source>Fetching the latest figures…</source>
        <translation>Kinukuha ang pinakabagong numero…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_bar.py" line="177"/>
        <source>Fetching the figures of %1 (%2 of %3)…</source>
        <translation>Kinukuha ang numero ng %1 (%2 sa %3)…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_bar.py" line="190"/>
        <source>The figures could not be fetched: %1</source>
        <translation>Hindi makuha ang mga numero: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/period_picker.py" line="36"/>
        <source>Last 7 days</source>
        <translation>Huling 7 araw</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/period_picker.py" line="36"/>
        <source>Last 30 days</source>
        <translation>Huling 30 araw</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/period_picker.py" line="36"/>
        <source>Last 90 days</source>
        <translation>Huling 90 araw</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/period_picker.py" line="37"/>
        <source>This month</source>
        <translation>Ngayong buwan</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/period_picker.py" line="37"/>
        <source>Last month</source>
        <translation>Nakaraang buwan</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/period_picker.py" line="37"/>
        <source>Custom…</source>
        <translation>Custom…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/period_picker.py" line="41"/>
        <source>Every figure is compared with the period just before.</source>
        <translation>Ikinukumpara ang bawat numero sa panahong bago nito.</translation>
    </message>
    <message>
        <source>SMM Desk report</source>
        <translation type="vanished">Ulat ng SMM Desk</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation type="vanished">Buwanang ulat</translation>
    </message>
    <message>
        <source>%1 · compared with %2</source>
        <translation type="vanished">%1 · kumpara sa %2</translation>
    </message>
    <message>
        <location filename="../../ui/report/monthly.py" line="143"/>
        <source>%1 · %2, compared with %3</source>
        <translation>%1 · %2, kumpara sa %3</translation>
    </message>
    <message>
        <location filename="../../ui/report/monthly.py" line="166"/>
        <source>This period</source>
        <translation>Panahong ito</translation>
    </message>
    <message>
        <location filename="../../ui/report/monthly.py" line="166"/>
        <source>Previous</source>
        <translation>Nakaraan</translation>
    </message>
    <message>
        <location filename="../../ui/report/monthly.py" line="166"/>
        <source>Change</source>
        <translation>Pagbabago</translation>
    </message>
    <message>
        <location filename="../../ui/report/monthly.py" line="237"/>
        <source>Best time to post (%1; grey: fewer than %2 posts, too few to trust)</source>
        <translation>Pinakamagandang oras mag-post (%1; abo: mas kaunti sa %2 post, masyadong kaunti para pagkatiwalaan)</translation>
    </message>
    <message>
        <location filename="../../ui/report/monthly.py" line="259"/>
        <source>By platform</source>
        <translation>Ayon sa platform</translation>
    </message>
    <message>
        <location filename="../../ui/report/monthly.py" line="275"/>
        <source>%1 · reach %2 · interactions %3 · engagement rate %4</source>
        <translation>%1 · reach %2 · interaksyon %3 · engagement rate %4</translation>
    </message>
    <message>
        <location filename="../../ui/report/monthly.py" line="299"/>
        <source>%1 · engagement rate %2 · reach %3</source>
        <translation>%1 · engagement rate %2 · reach %3</translation>
    </message>
    <message>
        <source>Best time to post (%1 posts; grey: fewer than %2 posts, too few to trust)</source>
        <translation type="vanished">Pinakamagandang oras mag-post (%1 post; abo: mas kaunti sa %2 post, masyadong kaunti para pagkatiwalaan)</translation>
    </message>
    <message>
        <location filename="../../ui/report/monthly.py" line="244"/>
        <source>Rubric mix: share of posts against the plan, and engagement</source>
        <translation>Halo ng rubrik: bahagi ng post kumpara sa plano, at engagement</translation>
    </message>
    <message>
        <location filename="../../ui/report/painting.py" line="226"/>
        <source>Fewer interactions</source>
        <translation>Mas kaunting interaksyon</translation>
    </message>
    <message>
        <location filename="../../ui/report/painting.py" line="230"/>
        <source>more</source>
        <translation>mas marami</translation>
    </message>
    <message>
        <location filename="../../ui/report/painting.py" line="234"/>
        <source>too few posts to trust</source>
        <translation>kulang ang post para pagkatiwalaan</translation>
    </message>
    <message>
        <location filename="../../ui/report/painting.py" line="241"/>
        <source>suggested</source>
        <translation>mungkahi</translation>
    </message>
    <message>
        <location filename="../../ui/report/painting.py" line="266"/>
        <source>%1 of posts (plan %2) · ER %3</source>
        <translation>%1 (plano %2) · ER %3</translation>
    </message>
</context>
<context>
    <name>StatusBarNotifier</name>
    <message numerus="yes">
        <location filename="../../ui/publishing/notifier.py" line="173"/>
        <source>(+%n more)</source>
        <translation>
            <numerusform>(+%n pa)</numerusform>
            <numerusform>(+%n pa)</numerusform>
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
        <translation>Buksan ang SMM Desk</translation>
    </message>
</context>
<context>
    <name>VersionTab</name>
    <message>
        <location filename="../../ui/composer/version_tab.py" line="58"/>
        <source>Campaign name, e.g. spring sale</source>
        <translation>Pangalan ng campaign, hal. spring sale</translation>
    </message>
    <message>
        <location filename="../../ui/composer/version_tab.py" line="59"/>
        <source>Add tracking to links</source>
        <translation>Magdagdag ng tracking sa mga link</translation>
    </message>
    <message>
        <location filename="../../ui/composer/version_tab.py" line="63"/>
        <source>Adds utm_source=%1, utm_medium=social and utm_campaign to every link in this version, so your website statistics show where visitors came from.</source>
        <translation>Idinadagdag ang utm_source=%1, utm_medium=social at utm_campaign sa bawat link sa bersyong ito, para makita sa stats ng website mo kung saan nanggaling ang mga bisita.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/version_tab.py" line="130"/>
        <source>Own version for %1.</source>
        <translation>Sariling bersyon para sa %1.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/version_tab.py" line="135"/>
        <source>Follows the main text. Change it here to adapt it for %1.</source>
        <translation>Sinusunod ang pangunahing teksto. Baguhin ito rito para iangkop sa %1.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/version_tab.py" line="75"/>
        <source>Different time for this account</source>
        <translation>Ibang oras para sa account na ito</translation>
    </message>
    <message>
        <location filename="../../ui/composer/version_tab.py" line="131"/>
        <source>Use the main text again</source>
        <translation>Gamitin ulit ang pangunahing teksto</translation>
    </message>
    <message>
        <location filename="../../ui/composer/version_tab.py" line="137"/>
        <source>Write a separate version</source>
        <translation>Sumulat ng hiwalay na bersyon</translation>
    </message>
</context>
<context>
    <name>WeekGrid</name>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="214"/>
        <source>Posting times of the week</source>
        <translation>Mga oras ng pag-post sa linggo</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <location filename="../../ui/calendar/welcome.py" line="68"/>
        <source>Welcome to SMM Desk</source>
        <extracomment>Starts a detached process (tests record the command instead of starting a second app).</extracomment>
        <translation>Maligayang pagdating sa SMM Desk</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/welcome.py" line="77"/>
        <source>Plan your posts for every platform in one calendar, and SMM Desk posts them on time or reminds you. Start in one of three ways:</source>
        <translation>Iplano ang mga post mo para sa bawat platform sa iisang kalendaryo, at ipo-post ito ng SMM Desk sa tamang oras o ipapaalala sa iyo. Magsimula sa isa sa tatlong paraan:</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/welcome.py" line="92"/>
        <location filename="../../ui/calendar/welcome.py" line="97"/>
        <source>Connect an account</source>
        <translation>Magkonekta ng account</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/welcome.py" line="94"/>
        <source>Bluesky, Mastodon and Telegram get your posts at the planned time. For Instagram and the others SMM Desk reminds you, with the text and photos ready.</source>
        <translation>Matatanggap ng Bluesky, Mastodon at Telegram ang mga post mo sa nakaplanong oras. Para sa Instagram at iba pa, ipapaalala ito sa iyo ng SMM Desk, nakahanda na ang teksto at mga larawan.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/welcome.py" line="102"/>
        <source>Look around in the demo</source>
        <translation>Maglibot sa demo</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/welcome.py" line="105"/>
        <source>A made-up bakery with three accounts, a month of posts and their figures. It opens in a second window and never touches your own plan. Later, start it with: %1</source>
        <translation>Isang gawa-gawang bakery na may tatlong account, isang buwan ng mga post at ang mga numero nito. Bubukas ito sa ikalawang window at hindi kailanman gagalawin ang sarili mong plano. Sa susunod, simulan ito gamit ang: %1</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/welcome.py" line="111"/>
        <source>Open the demo</source>
        <translation>Buksan ang demo</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/welcome.py" line="116"/>
        <source>Import a spreadsheet</source>
        <translation>Mag-import ng spreadsheet</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/welcome.py" line="118"/>
        <source>Already plan in Excel or Google Sheets? Save it as CSV (date, accounts, text) and bring the posts in: you see every row before anything is imported.</source>
        <translation>Nagpaplano ka na ba sa Excel o Google Sheets? I-save ito bilang CSV (petsa, mga account, teksto) at ipasok ang mga post: makikita mo ang bawat row bago may ma-import.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/welcome.py" line="121"/>
        <source>Import a spreadsheet…</source>
        <translation>Mag-import ng spreadsheet…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/welcome.py" line="133"/>
        <source>Or start with an empty plan</source>
        <translation>O magsimula sa blangkong plano</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/welcome.py" line="201"/>
        <source>The demo is opening in a second window. Close it when you are done; nothing in it reaches your own plan.</source>
        <translation>Binubuksan ang demo sa ikalawang window. Isara ito kapag tapos ka na; walang anumang bahagi nito ang makakarating sa sarili mong plano.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/welcome.py" line="208"/>
        <source>The demo could not be started from here. Start it with: %1</source>
        <translation>Hindi masimulan ang demo mula rito. Simulan ito gamit ang: %1</translation>
    </message>
</context>
</TS>
