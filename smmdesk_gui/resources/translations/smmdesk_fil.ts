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
        <location filename="../../ui/accounts/model.py" line="31"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="32"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="33"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="34"/>
        <source>Last checked</source>
        <translation>Huling tiningnan</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="75"/>
        <source>Needs reconnecting</source>
        <translation>Kailangang i-reconnect</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="77"/>
        <source>Disconnected</source>
        <translation>Naka-disconnect</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="80"/>
        <source>Reconnect by %1</source>
        <translation>I-reconnect bago ang %1</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="82"/>
        <source>Reminders (you post)</source>
        <translation>Paalala (ikaw ang magpo-post)</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="83"/>
        <source>Connected</source>
        <translation>Nakakonekta</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <location filename="../../ui/accounts/page.py" line="73"/>
        <source>Accounts</source>
        <translation>Mga Account</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="80"/>
        <location filename="../../ui/accounts/page.py" line="89"/>
        <location filename="../../ui/accounts/page.py" line="94"/>
        <source>Connect an account</source>
        <translation>Magkonekta ng account</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="91"/>
        <source>Connect Bluesky, Mastodon or Telegram and SMM Desk posts for you at the planned time. Add Instagram and the others to get a reminder with everything ready.</source>
        <translation>Ikonekta ang Bluesky, Mastodon o Telegram at ipo-post ng SMM Desk para sa iyo sa nakaplanong oras. Idagdag ang Instagram at iba pa para mapaalalahanan ka, handa na ang lahat.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="138"/>
        <source>Test connection</source>
        <translation>Subukan ang koneksyon</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="145"/>
        <source>Allow photos…</source>
        <translation>Payagan ang larawan…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="147"/>
        <source>Add a user token so SMM Desk can post VK posts with photos by itself</source>
        <translation>Magdagdag ng user token para makapag-post ang SMM Desk nang mag-isa ng mga VK post na may larawan</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="153"/>
        <source>Photo hosting…</source>
        <extracomment>VK accounts whose user token is in the keyring (read with the list, off the GUI thread)</extracomment>
        <translation>Pag-host ng larawan…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="173"/>
        <source>Details</source>
        <translation>Detalye</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="295"/>
        <source>The %1 login of %2 stopped working on %3. Reconnect it: its posts wait until you do.</source>
        <translation>Hindi na gumagana ang %1 login ng %2 mula noong %3. I-reconnect ito: maghihintay ang mga post nito hanggang gawin mo iyon.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="305"/>
        <source>The %1 login of %2 stops working on %3 and SMM Desk could not renew it by itself. Reconnect it before then, or its posts will wait.</source>
        <translation>Hindi na gagana ang %1 login ng %2 simula %3, at hindi ito ma-renew ng SMM Desk nang mag-isa. I-reconnect ito bago noon, o maghihintay ang mga post nito.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/accounts/page.py" line="313"/>
        <source>%n more account(s) need the same.</source>
        <translation>
            <numerusform>%n pang account ang kailangan din nito.</numerusform>
            <numerusform>%n pang account ang kailangan din nito.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="346"/>
        <source>Something went wrong (%1). Try again; details are in the log.</source>
        <translation>May nagkaproblema (%1). Subukan ulit; nasa log ang mga detalye.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="374"/>
        <source>%1 added. SMM Desk will remind you when its posts are due.</source>
        <translation>Naidagdag ang %1. Ipapaalala ng SMM Desk kapag oras na ng mga post nito.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="379"/>
        <source>%1 is connected and works.</source>
        <translation>Nakakonekta at gumagana ang %1.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="401"/>
        <source>Photos allowed for %1 (with the token of %2): SMM Desk now posts its VK posts with photos by itself.</source>
        <translation>Pinayagan ang mga larawan para sa %1 (gamit ang token ng %2): ipo-post na ng SMM Desk nang mag-isa ang mga VK post nito na may larawan.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="419"/>
        <source>Testing %1…</source>
        <translation>Sinusubukan ang %1…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="425"/>
        <source>%1 works.</source>
        <translation>Gumagana ang %1.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="446"/>
        <source>Remove %1? Its saved login is deleted; posts already sent stay in your plan. Click &quot;Yes, remove&quot; to go ahead.</source>
        <translation>Alisin ang %1? Mabubura ang naka-save nitong login; mananatili sa plano mo ang mga naipadalang post. I-click ang &quot;Oo, alisin&quot; para ituloy.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="113"/>
        <location filename="../../ui/accounts/page.py" line="140"/>
        <source>Reconnect…</source>
        <translation>I-reconnect…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="142"/>
        <location filename="../../ui/accounts/page.py" line="254"/>
        <location filename="../../ui/accounts/page.py" line="454"/>
        <source>Remove</source>
        <translation>Alisin</translation>
    </message>
    <message>
        <source>Something went wrong ({name}). Try again; details are in the log.</source>
        <translation type="vanished">May nagkaproblema ({name}). Subukan ulit; nasa log ang mga detalye.</translation>
    </message>
    <message>
        <source>{handle} added. SMM Desk will remind you when its posts are due.</source>
        <translation type="vanished">Naidagdag ang {handle}. Ipapaalala ng SMM Desk kapag oras na ng mga post nito.</translation>
    </message>
    <message>
        <source>{handle} is connected and works.</source>
        <translation type="vanished">Nakakonekta at gumagana ang {handle}.</translation>
    </message>
    <message>
        <source>Testing {handle}…</source>
        <translation type="vanished">Sinusubukan ang {handle}…</translation>
    </message>
    <message>
        <source>{handle} works.</source>
        <translation type="vanished">Gumagana ang {handle}.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="442"/>
        <source>Yes, remove</source>
        <translation>Oo, alisin</translation>
    </message>
    <message>
        <source>Remove {handle}? Its saved login is deleted; posts already sent stay in your plan. Click &quot;Yes, remove&quot; to go ahead.</source>
        <translation type="vanished">Alisin ang {handle}? Mabubura ang naka-save nitong login; mananatili sa plano mo ang mga naipadalang post. I-click ang &quot;Oo, alisin&quot; para ituloy.</translation>
    </message>
</context>
<context>
    <name>AllowPhotosDialog</name>
    <message>
        <location filename="../../ui/accounts/vk_photos.py" line="42"/>
        <source>Allow photos for %1</source>
        <translation>Payagan ang larawan para sa %1</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/vk_photos.py" line="47"/>
        <source>VK lets only a person upload photos to a community&apos;s wall, not the community&apos;s own token. With a user token of an administrator of the community, SMM Desk posts your VK posts with photos by itself. Without it, it posts the text-only ones and reminds you to post the ones with photos.</source>
        <translation>Sa VK, tao lang ang puwedeng mag-upload ng larawan sa wall ng isang community, hindi ang sariling token ng community. Gamit ang user token ng isang administrator ng community, ipo-post ng SMM Desk nang mag-isa ang mga VK post mo na may larawan. Kung wala nito, ipo-post nito ang mga purong teksto at ipapaalala sa iyo na i-post ang mga may larawan.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/vk_photos.py" line="57"/>
        <source>Paste a user token of an administrator of the community with the rights photos and wall. SMM Desk keeps it in your computer&apos;s password store, next to the community token.</source>
        <translation>Mag-paste ng user token ng isang administrator ng community na may mga pahintulot na photos at wall. Itatago ito ng SMM Desk sa password store ng computer mo, katabi ng community token.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/vk_photos.py" line="68"/>
        <source>Paste the user token</source>
        <translation>I-paste ang user token</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/vk_photos.py" line="69"/>
        <source>User token</source>
        <translation>User token</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/vk_photos.py" line="81"/>
        <location filename="../../ui/accounts/vk_photos.py" line="108"/>
        <source>Allow photos</source>
        <translation>Payagan ang larawan</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/vk_photos.py" line="82"/>
        <source>Cancel</source>
        <translation>Kanselahin</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/vk_photos.py" line="90"/>
        <source>Paste the user token first.</source>
        <translation>I-paste muna ang user token.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/vk_photos.py" line="93"/>
        <source>Checking…</source>
        <translation>Sinusuri…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/vk_photos.py" line="113"/>
        <source>Checking failed unexpectedly (%1). Try again.</source>
        <translation>Hindi inaasahang nabigo ang pagsusuri (%1). Subukan ulit.</translation>
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
    <name>CheckPage</name>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="433"/>
        <source>Checking the connection</source>
        <translation>Sinusuri ang koneksyon</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="469"/>
        <source>Asking %1 whether the token works…</source>
        <extracomment>The values the account was connected with; a second visit with the same values shows the result again instead of connecting twice.</extracomment>
        <translation>Tinatanong ang %1 kung gumagana ang token…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="471"/>
        <source>Adding the account…</source>
        <translation>Idinadagdag ang account…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="489"/>
        <source>Not connected yet</source>
        <translation>Hindi pa nakakonekta</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="498"/>
        <source>Connected as %1</source>
        <translation>Nakakonekta bilang %1</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="501"/>
        <source>%1 added</source>
        <translation>Naidagdag ang %1</translation>
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
        <location filename="../../ui/accounts/connect_dialog.py" line="42"/>
        <source>Handle</source>
        <translation>Handle</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="44"/>
        <source>App password</source>
        <translation>App password</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="45"/>
        <source>In Bluesky: Settings &gt; Privacy and security &gt; App passwords &gt; Add. Never use your main password here.</source>
        <translation>Sa Bluesky: Settings &gt; Privacy and security &gt; App passwords &gt; Add. Huwag gamitin dito ang pangunahing password mo.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="52"/>
        <source>Account name</source>
        <translation>Pangalan ng account</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="54"/>
        <source>Access token</source>
        <translation>Access token</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="55"/>
        <source>On your server: Preferences &gt; Development &gt; New application (allow read and write), then copy &quot;Your access token&quot;.</source>
        <translation>Sa server mo: Preferences &gt; Development &gt; New application (payagan ang read at write), saka kopyahin ang &quot;Your access token&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="62"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="64"/>
        <source>Bot token</source>
        <translation>Bot token</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="65"/>
        <source>Ask @BotFather for a bot (/newbot) and copy its token. Then make the bot an administrator of your channel who may post messages.</source>
        <translation>Humingi ng bot kay @BotFather (/newbot) at kopyahin ang token nito. Pagkatapos, gawing administrator ng channel mo ang bot, na may pahintulot mag-post ng mensahe.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="72"/>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="74"/>
        <source>Community token</source>
        <translation>Community token</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="75"/>
        <source>In VK, open your community &gt; Manage &gt; API usage &gt; Create token. Allow wall, photos and manage, then copy the token. SMM Desk posts as the community.</source>
        <translation>Sa VK, buksan ang community mo &gt; Manage &gt; API usage &gt; Create token. Payagan ang wall, photos at manage, saka kopyahin ang token. Magpo-post ang SMM Desk bilang ang community.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="83"/>
        <source>Optional, for photos: VK lets only a person upload photos to a wall. Paste a user token of an administrator of the community with the rights photos and wall. Without it, SMM Desk posts the text of VK posts by itself and reminds you to post the ones with photos.</source>
        <extracomment>VK: photos need a person&apos;s token (VK does not let a community token upload them).</extracomment>
        <translation>Opsyonal, para sa larawan: sa VK, tao lang ang puwedeng mag-upload ng larawan sa wall. Mag-paste ng user token ng isang administrator ng community na may mga pahintulot na photos at wall. Kung wala nito, ipo-post ng SMM Desk nang mag-isa ang teksto ng mga VK post at ipapaalala sa iyo na i-post ang mga may larawan.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="89"/>
        <source>SMM Desk cannot post here by itself. At the planned time it reminds you, copies the text and saves the photos in a folder; you post and mark it done.</source>
        <translation>Hindi makakapag-post dito nang mag-isa ang SMM Desk. Sa nakaplanong oras, ipapaalala nito sa iyo, kokopyahin ang teksto at ise-save ang mga larawan sa isang folder; ikaw ang magpo-post, saka mo ito markahang tapos na.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="95"/>
        <source>Meta lets SMM Desk in only through a small app of your own at developers.facebook.com. The guided setup takes you through it step by step, in about ten minutes.</source>
        <extracomment>Facebook Pages, Instagram and Threads need an app of the owner&apos;s own: the guided setup.</extracomment>
        <translation>Pinapapasok lang ng Meta ang SMM Desk sa pamamagitan ng sarili mong maliit na app sa developers.facebook.com. Gagabayan ka ng setup hakbang-hakbang, sa mga sampung minuto.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="102"/>
        <source>Click &quot;Open the sign-in page&quot;: your server opens in the browser. Sign in, allow SMM Desk, then copy the code it shows and paste it here.</source>
        <translation>I-click ang &quot;Buksan ang sign-in page&quot;: bubukas ang server mo sa browser. Mag-sign in, payagan ang SMM Desk, saka kopyahin ang code na ipinapakita nito at i-paste dito.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="133"/>
        <source>Reconnect account</source>
        <extracomment>Opens a web address in the browser (tests record it instead).</extracomment>
        <translation>I-reconnect ang account</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="133"/>
        <source>Connect an account</source>
        <translation>Magkonekta ng account</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="144"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="145"/>
        <location filename="../../ui/accounts/connect_dialog.py" line="264"/>
        <source>Server address</source>
        <translation>Address ng server</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="156"/>
        <source>User token (optional)</source>
        <translation>User token (opsyonal)</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="159"/>
        <source>Only for posts with photos</source>
        <translation>Para lang sa mga post na may larawan</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="163"/>
        <source>How</source>
        <translation>Paano</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="167"/>
        <source>Sign in through the browser (easiest)</source>
        <translation>Mag-sign in sa browser (pinakamadali)</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="168"/>
        <source>Paste an access token</source>
        <translation>Mag-paste ng access token</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="177"/>
        <source>Open the sign-in page</source>
        <translation>Buksan ang sign-in page</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="188"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="190"/>
        <source>Paste the code your server shows</source>
        <translation>I-paste ang code na ipinakita ng server mo</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="208"/>
        <location filename="../../ui/accounts/connect_dialog.py" line="232"/>
        <location filename="../../ui/accounts/connect_dialog.py" line="444"/>
        <source>Reconnect</source>
        <translation>I-reconnect</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="208"/>
        <location filename="../../ui/accounts/connect_dialog.py" line="232"/>
        <location filename="../../ui/accounts/connect_dialog.py" line="444"/>
        <source>Connect</source>
        <translation>Ikonekta</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="254"/>
        <source>(filled in from your server)</source>
        <translation>(pinupunan ng server mo)</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="262"/>
        <source>Server (leave empty for bsky.social)</source>
        <translation>Server (iwanang blangko para sa bsky.social)</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="296"/>
        <source>Start the guided setup…</source>
        <translation>Simulan ang ginabayang setup…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="345"/>
        <source>Enter your server&apos;s address first, e.g. mastodon.social</source>
        <translation>Ilagay muna ang address ng server mo, hal. mastodon.social</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="354"/>
        <source>Open the sign-in page again</source>
        <translation>Buksan ulit ang sign-in page</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="358"/>
        <source>If the browser did not open, &lt;a href=&quot;%1&quot;&gt;click here&lt;/a&gt;.</source>
        <translation>Kung hindi bumukas ang browser, &lt;a href=&quot;%1&quot;&gt;i-click dito&lt;/a&gt;.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="449"/>
        <source>Connecting failed unexpectedly (%1). Try again.</source>
        <translation>Hindi inaasahang nabigo ang pagkonekta (%1). Subukan ulit.</translation>
    </message>
    <message>
        <source>If the browser did not open, &lt;a href=&quot;{url}&quot;&gt;click here&lt;/a&gt;.</source>
        <translation type="vanished">Kung hindi bumukas ang browser, &lt;a href=&quot;{url}&quot;&gt;i-click dito&lt;/a&gt;.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="382"/>
        <location filename="../../ui/accounts/connect_dialog.py" line="422"/>
        <source>Checking…</source>
        <translation>Tinitingnan…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="415"/>
        <source>Click &quot;Open the sign-in page&quot; first.</source>
        <translation>I-click muna ang &quot;Buksan ang sign-in page&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="418"/>
        <source>Paste the code your server showed after you allowed it.</source>
        <translation>I-paste ang code na ipinakita ng server mo matapos mo itong payagan.</translation>
    </message>
    <message>
        <source>Connecting failed unexpectedly ({name}). Try again.</source>
        <translation type="vanished">Hindi inaasahang nabigo ang pagkonekta ({name}). Subukan ulit.</translation>
    </message>
</context>
<context>
    <name>CounterBar</name>
    <message>
        <location filename="../../ui/composer/widgets.py" line="243"/>
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
        <location filename="../../ui/calendar/delegate.py" line="222"/>
        <location filename="../../ui/calendar/delegate.py" line="227"/>
        <source>nothing planned</source>
        <translation>walang nakaplano</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar/delegate.py" line="136"/>
        <source>+%n more</source>
        <translation>
            <numerusform>+%n pa</numerusform>
            <numerusform>+%n pa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar/delegate.py" line="137"/>
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
        <location filename="../../ui/calendar/import_dialog.py" line="308"/>
        <location filename="../../ui/calendar/import_dialog.py" line="345"/>
        <source>Export the plan</source>
        <translation>I-export ang plano</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="316"/>
        <source>Spreadsheet (CSV)</source>
        <translation>Spreadsheet (CSV)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="317"/>
        <source>Calendar file (.ics)</source>
        <translation>Calendar file (.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="318"/>
        <source>From</source>
        <translation>Mula</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="319"/>
        <source>To</source>
        <translation>Hanggang</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="320"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="323"/>
        <source>Both days are included. A CSV opens in a spreadsheet and can be imported again; an .ics file opens in Google Calendar, Apple Calendar, Outlook or Thunderbird.</source>
        <translation>Kasama ang dalawang araw. Bumubukas ang CSV sa spreadsheet at puwedeng i-import ulit; bumubukas ang .ics file sa Google Calendar, Apple Calendar, Outlook o Thunderbird.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="333"/>
        <source>Save as…</source>
        <translation>I-save bilang…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="362"/>
        <source>Could not save %1: %2</source>
        <translation>Hindi ma-save ang %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="365"/>
        <source>Saved %1 posts to %2.</source>
        <translation>Na-save ang %1 post sa %2.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="151"/>
        <source>All states</source>
        <translation>Lahat ng status</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="153"/>
        <source>Scheduled</source>
        <translation>Naka-schedule</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="154"/>
        <source>Drafts</source>
        <translation>Mga draft</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="155"/>
        <source>Published</source>
        <translation>Na-publish</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="156"/>
        <source>Failed</source>
        <translation>Nabigo</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="157"/>
        <source>Needs attention</source>
        <translation>Kailangang tingnan</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="158"/>
        <source>Needs you</source>
        <translation>Naghihintay sa iyo</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="164"/>
        <source>Search posts (Ctrl+F)</source>
        <translation>Maghanap ng post (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="190"/>
        <source>All accounts</source>
        <translation>Mga account</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="194"/>
        <source>All platforms</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="199"/>
        <source>All rubrics</source>
        <translation>Lahat ng rubrik</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="202"/>
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
        <location filename="../../ui/publishing/publisher.py" line="133"/>
        <source>SMM Desk: %n post(s) waiting to be published</source>
        <translation>
            <numerusform>SMM Desk: %n post ang naghihintay ma-publish</numerusform>
            <numerusform>SMM Desk: %n post ang naghihintay ma-publish</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/publishing/publisher.py" line="139"/>
        <source>Publishing paused: %1</source>
        <translation>Naka-pause ang pag-publish: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/publishing/publisher.py" line="152"/>
        <source>%n post(s) published</source>
        <translation>
            <numerusform>%n post ang na-publish</numerusform>
            <numerusform>%n post ang na-publish</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/publishing/publisher.py" line="154"/>
        <source>%n will be retried</source>
        <translation>
            <numerusform>%n ang susubukan ulit</numerusform>
            <numerusform>%n ang susubukan ulit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/publishing/publisher.py" line="156"/>
        <source>%n failed — see why in the plan</source>
        <translation>
            <numerusform>%n ang nabigo — tingnan kung bakit sa plano</numerusform>
            <numerusform>%n ang nabigo — tingnan kung bakit sa plano</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/publishing/publisher.py" line="158"/>
        <source>%n need(s) checking</source>
        <translation>
            <numerusform>%n ang kailangang tingnan</numerusform>
            <numerusform>%n ang kailangang tingnan</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/publishing/publisher.py" line="231"/>
        <source>Time to post on %1</source>
        <translation>Oras na para mag-post sa %1</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/publisher.py" line="234"/>
        <source>The text is copied and the photos are in a folder. Click here to see the post for %1.</source>
        <translation>Nakopya na ang teksto at nasa isang folder ang mga larawan. I-click dito para makita ang post para sa %1.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/publisher.py" line="244"/>
        <source>A post to %1 failed</source>
        <translation>Nabigo ang isang post sa %1</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/publisher.py" line="251"/>
        <source>Check a post on %1</source>
        <translation>Tingnan ang isang post sa %1</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/publisher.py" line="254"/>
        <source>SMM Desk cannot tell whether the post to %1 went out. Click here to check it.</source>
        <translation>Hindi matiyak ng SMM Desk kung naipadala ang post sa %1. I-click dito para tingnan.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/publisher.py" line="279"/>
        <source>Reconnect %1 on %2</source>
        <translation>I-reconnect ang %1 sa %2</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/publisher.py" line="245"/>
        <source>Click here to see why.</source>
        <translation>I-click dito para makita kung bakit.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/publisher.py" line="281"/>
        <source>Its posts wait until you sign in again. Click here to reconnect.</source>
        <translation>Maghihintay ang mga post nito hanggang mag-sign in ka ulit. I-click dito para i-reconnect.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="127"/>
        <source>Import posts from a spreadsheet</source>
        <translation>Mag-import ng mga post mula sa spreadsheet</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="134"/>
        <source>A CSV file with the columns scheduled_at, accounts, text, media and rubric. Nothing is imported until every row is fine.</source>
        <translation>Isang CSV file na may mga column na scheduled_at, accounts, text, media at rubric. Walang ii-import hangga&apos;t hindi ayos ang bawat row.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="143"/>
        <source>No file chosen</source>
        <translation>Walang napiling file</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="144"/>
        <source>Choose file…</source>
        <translation>Pumili ng file…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="146"/>
        <source>Check again</source>
        <translation>Tingnan ulit</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="148"/>
        <source>Read the file again after you fixed and saved it in your spreadsheet</source>
        <translation>Basahin ulit ang file matapos mo itong ayusin at i-save sa spreadsheet mo</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="157"/>
        <source>Rows without a date go into the queue (otherwise they become ideas)</source>
        <translation>Sa pila mapupunta ang mga row na walang petsa (kung hindi, magiging ideya sila)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="160"/>
        <source>Show only the rows with a problem</source>
        <translation>Ipakita lang ang mga row na may problema</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="183"/>
        <source>Import</source>
        <translation>I-import</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="195"/>
        <source>Choose a CSV file</source>
        <translation>Pumili ng CSV file</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="195"/>
        <source>CSV files (*.csv)</source>
        <translation>Mga CSV file (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="237"/>
        <source>Checking the rows: %1 of %2…</source>
        <translation>Tinitingnan ang mga row: %1 sa %2…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="259"/>
        <source>%1 of %2 rows have a problem (in red). Fix them in your spreadsheet, save, and press Check again. Nothing has been imported.</source>
        <translation>%1 sa %2 row ang may problema (nasa pula). Ayusin ang mga ito sa spreadsheet mo, i-save, at pindutin ang Tingnan ulit. Wala pang na-import.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="268"/>
        <source>%1 rows are ready to import.</source>
        <translation>Handa nang i-import ang %1 row.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="271"/>
        <source>The file has no rows to import.</source>
        <translation>Walang row na mai-import sa file.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/rail.py" line="13"/>
        <source>Plan</source>
        <translation>Plano</translation>
    </message>
    <message>
        <location filename="../../ui/rail.py" line="14"/>
        <source>Compose</source>
        <translation>Sumulat</translation>
    </message>
    <message>
        <location filename="../../ui/rail.py" line="15"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../ui/rail.py" line="16"/>
        <source>Media</source>
        <translation>Media</translation>
    </message>
    <message>
        <location filename="../../ui/rail.py" line="17"/>
        <source>Accounts</source>
        <translation>Mga Account</translation>
    </message>
    <message>
        <location filename="../../ui/rail.py" line="18"/>
        <source>Settings</source>
        <translation>Mga Setting</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="116"/>
        <source>SMM Desk</source>
        <translation>SMM Desk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="133"/>
        <source>Opening your workspace…</source>
        <translation>Binubuksan ang workspace mo…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="139"/>
        <source>Opening…</source>
        <translation>Binubuksan…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="194"/>
        <source>SMM Desk — demo workspace</source>
        <translation>SMM Desk — demo workspace</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="278"/>
        <source>Workspace not open</source>
        <translation>Hindi bukas ang workspace</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="363"/>
        <source>No accounts connected yet</source>
        <translation>Wala pang nakakonektang account</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="365"/>
        <source>No posts scheduled today</source>
        <translation>Walang naka-schedule na post ngayon</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="367"/>
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
        <location filename="../../ui/main_window.py" line="371"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n ang nabigo</numerusform>
            <numerusform>%n ang nabigo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="373"/>
        <source>%n need(s) you</source>
        <translation>
            <numerusform>%n ang naghihintay sa iyo</numerusform>
            <numerusform>%n ang naghihintay sa iyo</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="376"/>
        <source>Click to see the posts that need you</source>
        <translation>I-click para makita ang mga post na naghihintay sa iyo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="378"/>
        <source>Click to see today&apos;s plan</source>
        <translation>I-click para makita ang plano ngayong araw</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="440"/>
        <source>Network status unknown</source>
        <translation>Hindi alam ang status ng network</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="436"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="369"/>
        <source>next at %1</source>
        <translation>susunod sa %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="438"/>
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
        <location filename="../../ui/media/intake.py" line="111"/>
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
        <location filename="../../ui/media/details.py" line="90"/>
        <source>Click the most important spot of the photo: every crop keeps it.</source>
        <translation>I-click ang pinakamahalagang bahagi ng larawan: mananatili ito sa bawat crop.</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="103"/>
        <source>Description for people who cannot see the photo (alt text)</source>
        <translation>Paglalarawan para sa mga hindi nakakakita ng larawan (alt text)</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="108"/>
        <source>For example: Three golden croissants on a wooden board</source>
        <translation>Halimbawa: Tatlong ginintuang croissant sa kahoy na board</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="112"/>
        <source>Used in</source>
        <translation>Ginamit sa</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="119"/>
        <location filename="../../ui/media/page.py" line="295"/>
        <source>Delete photo</source>
        <translation>Burahin ang larawan</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="124"/>
        <source>What each platform will show</source>
        <translation>Ang ipapakita ng bawat platform</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="180"/>
        <source>Not used in any post yet</source>
        <translation>Hindi pa ginagamit sa anumang post</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="43"/>
        <location filename="../../ui/media/details.py" line="184"/>
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
        <location filename="../../ui/media/details.py" line="188"/>
        <source>no account yet</source>
        <translation>wala pang account</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="189"/>
        <source>Untitled post</source>
        <translation>Post na walang pamagat</translation>
    </message>
    <message>
        <location filename="../../ui/media/page.py" line="219"/>
        <source>Import photos</source>
        <translation>Mag-import ng larawan</translation>
    </message>
    <message>
        <location filename="../../ui/media/page.py" line="219"/>
        <source>Photos</source>
        <translation>Mga larawan</translation>
    </message>
    <message>
        <location filename="../../ui/media/intake.py" line="168"/>
        <source>Importing %1 of %2…</source>
        <translation>Ini-import ang %1 sa %2…</translation>
    </message>
    <message>
        <location filename="../../ui/media/page.py" line="243"/>
        <source>Import stopped.</source>
        <translation>Itinigil ang pag-import.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/media/page.py" line="245"/>
        <source>%n photo(s) added.</source>
        <translation>
            <numerusform>%n larawan ang naidagdag.</numerusform>
            <numerusform>%n larawan ang naidagdag.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/media/page.py" line="247"/>
        <source>%n photo(s) were already in the library.</source>
        <translation>
            <numerusform>%n larawan ang nasa library na.</numerusform>
            <numerusform>%n larawan ang nasa library na.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/media/intake.py" line="137"/>
        <source>Pasted photo</source>
        <translation>Na-paste na larawan</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/media/page.py" line="287"/>
        <source>This photo is in %n scheduled post(s):</source>
        <translation>
            <numerusform>Nasa %n naka-schedule na post ang larawang ito:</numerusform>
            <numerusform>Nasa %n naka-schedule na post ang larawang ito:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/media/page.py" line="289"/>
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
        <location filename="../../ui/composer/media_strip.py" line="181"/>
        <source>⚠ no description</source>
        <translation>⚠ walang paglalarawan</translation>
    </message>
    <message>
        <location filename="../../ui/composer/media_strip.py" line="184"/>
        <source>%1: add a description so people who cannot see it know what it shows</source>
        <translation>%1: magdagdag ng paglalarawan para malaman ng mga hindi nakakakita kung ano ang nasa larawan</translation>
    </message>
</context>
<context>
    <name>MetaWizard</name>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="74"/>
        <source>Meta lets programs like SMM Desk in only through an app of your own, made at developers.facebook.com. It is free and takes about ten minutes. You have a role on your own app, so you may use it for your own account without Meta&apos;s review.</source>
        <extracomment>The platforms this wizard sets up (the connect dialog opens it for these). &quot;A Meta app (developers.facebook.com/apps)&quot;: threads/get-started, &quot;Before you start&quot;. pages-api/create-an-app: &quot;Meta&apos;s Graph API Explorer allows you to ... get access tokens&quot;. The Access Token Debugger (Meta&apos;s tool; its &quot;Extend Access Token&quot; button is not described in Meta&apos;s reference docs, only on the tool&apos;s page itself). A paragraph before ``text`` (translated on its own: the same one on every intro).</extracomment>
        <translation>Pinapapasok lang ng Meta ang mga programang gaya ng SMM Desk sa pamamagitan ng sarili mong app, na ginawa sa developers.facebook.com. Libre ito at aabutin ng mga sampung minuto. May role ka sa sarili mong app, kaya puwede mo itong gamitin para sa sarili mong account nang hindi na kailangang i-review ng Meta.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="80"/>
        <source>Open developers.facebook.com</source>
        <translation>Buksan ang developers.facebook.com</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="81"/>
        <source>Open My Apps</source>
        <translation>Buksan ang My Apps</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="99"/>
        <location filename="../../ui/accounts/meta_wizard.py" line="162"/>
        <location filename="../../ui/accounts/meta_wizard.py" line="212"/>
        <source>Before you start</source>
        <translation>Bago ka magsimula</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="100"/>
        <source>You need your Facebook login and a Facebook Page you manage. Log in at developers.facebook.com; the first time, Meta asks you to register as a developer (free).</source>
        <translation>Kailangan mo ang Facebook login mo at isang Facebook Page na pinamamahalaan mo. Mag-log in sa developers.facebook.com; sa unang beses, hihilingin ng Meta na magparehistro ka bilang developer (libre).</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="111"/>
        <location filename="../../ui/accounts/meta_wizard.py" line="176"/>
        <location filename="../../ui/accounts/meta_wizard.py" line="224"/>
        <source>Create the app</source>
        <translation>Gawin ang app</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="112"/>
        <source>Click &quot;Create app&quot;. Type a name (the name of your shop will do) and your email. When Meta asks what the app is for, choose the use case &quot;Manage everything on your Page&quot;. If Meta asks for an app type instead, choose Business and add the product &quot;Facebook Login for Business&quot;.</source>
        <translation>I-click ang &quot;Create app&quot;. Mag-type ng pangalan (puwede ang pangalan ng shop mo) at ng email mo. Kapag tinanong ng Meta kung para saan ang app, piliin ang use case na &quot;Manage everything on your Page&quot;. Kung app type ang itanong ng Meta, piliin ang Business at idagdag ang product na &quot;Facebook Login for Business&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="123"/>
        <location filename="../../ui/accounts/meta_wizard.py" line="234"/>
        <source>Choose the permissions</source>
        <translation>Piliin ang mga permission</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="124"/>
        <source>On the Dashboard of your app, click &quot;Customize the Manage everything on your Page use case&quot;, then click Add next to each of these permissions (some are there already):</source>
        <translation>Sa Dashboard ng app mo, i-click ang &quot;Customize the Manage everything on your Page use case&quot;, saka i-click ang Add sa tabi ng bawat isa sa mga permission na ito (nandoon na ang ilan):</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="136"/>
        <location filename="../../ui/accounts/meta_wizard.py" line="199"/>
        <location filename="../../ui/accounts/meta_wizard.py" line="259"/>
        <source>Make a token</source>
        <translation>Gumawa ng token</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="137"/>
        <source>Open the Graph API Explorer. Under &quot;Meta App&quot; choose your app, under &quot;User or Page&quot; choose &quot;Get User Access Token&quot;, and add the permissions of the last step. Click &quot;Generate Access Token&quot;, log in and allow your Page. Then copy the token (the long text in the Access Token box).</source>
        <translation>Buksan ang Graph API Explorer. Sa &quot;Meta App&quot;, piliin ang app mo; sa &quot;User or Page&quot;, piliin ang &quot;Get User Access Token&quot;, at idagdag ang mga permission mula sa nakaraang hakbang. I-click ang &quot;Generate Access Token&quot;, mag-log in at payagan ang Page mo. Saka kopyahin ang token (ang mahabang teksto sa kahon ng Access Token).</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="145"/>
        <source>Open the Graph API Explorer</source>
        <translation>Buksan ang Graph API Explorer</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="148"/>
        <source>Make the token last</source>
        <translation>Patagalin ang token</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="149"/>
        <source>A token from the Explorer stops working after about an hour. Open the Access Token Debugger, paste the token, click &quot;Debug&quot;, then &quot;Extend Access Token&quot; at the bottom, and copy the new token. It works for about 60 days; SMM Desk asks your Page for its own token with it each time it posts.</source>
        <translation>Hindi na gagana ang token mula sa Explorer pagkalipas ng mga isang oras. Buksan ang Access Token Debugger, i-paste ang token, i-click ang &quot;Debug&quot;, saka ang &quot;Extend Access Token&quot; sa ibaba, at kopyahin ang bagong token. Gagana ito nang mga 60 araw; gamit ito, hihingi ang SMM Desk sa Page mo ng sarili nitong token tuwing magpo-post ito.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="157"/>
        <source>Open the Access Token Debugger</source>
        <translation>Buksan ang Access Token Debugger</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="163"/>
        <source>You need an Instagram professional account (Business or Creator); no Facebook Page is needed. Instagram fetches the photos of a post from a web address, so unless photo hosting is set up, SMM Desk prepares your Instagram posts and reminds you to post them (assisted). You may skip the setup: leave the token empty at the end.</source>
        <translation>Kailangan mo ng Instagram professional account (Business o Creator); hindi kailangan ng Facebook Page. Kinukuha ng Instagram ang mga larawan ng post mula sa isang web address, kaya hangga&apos;t walang naka-set up na pag-host ng larawan, ihahanda ng SMM Desk ang mga Instagram post mo at ipapaalala sa iyo na i-post ang mga ito (paalala lang). Puwede mong laktawan ang setup: iwanang blangko ang token sa dulo.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="177"/>
        <source>Click &quot;Create app&quot;. Type a name (the name of your shop will do) and your email. Choose the use case &quot;Manage messaging and content on Instagram&quot;. If Meta asks for an app type, choose Business.</source>
        <translation>I-click ang &quot;Create app&quot;. Mag-type ng pangalan (puwede ang pangalan ng shop mo) at ng email mo. Piliin ang use case na &quot;Manage messaging and content on Instagram&quot;. Kung app type ang itanong ng Meta, piliin ang Business.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="187"/>
        <source>Set up Instagram login</source>
        <translation>I-set up ang Instagram login</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="188"/>
        <source>On the Dashboard of your app, click &quot;Customize the Manage messaging and content on Instagram use case&quot; and choose &quot;API setup with Instagram login&quot;. It adds the permissions SMM Desk needs:</source>
        <translation>Sa Dashboard ng app mo, i-click ang &quot;Customize the Manage messaging and content on Instagram use case&quot; at piliin ang &quot;API setup with Instagram login&quot;. Idinadagdag nito ang mga permission na kailangan ng SMM Desk:</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="200"/>
        <source>In the menu on the left, click Instagram &gt; &quot;API setup with Instagram business login&quot;. Click &quot;Generate token&quot; next to your Instagram account (if it is not listed, click &quot;Add account&quot; first), log in to Instagram and copy the token.</source>
        <translation>Sa menu sa kaliwa, i-click ang Instagram &gt; &quot;API setup with Instagram business login&quot;. I-click ang &quot;Generate token&quot; sa tabi ng Instagram account mo (kung wala ito sa listahan, i-click muna ang &quot;Add account&quot;), mag-log in sa Instagram at kopyahin ang token.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="213"/>
        <source>You need your Threads profile and your Facebook login for developers.facebook.com; the first time, Meta asks you to register as a developer (free).</source>
        <translation>Kailangan mo ang Threads profile mo at ang Facebook login mo para sa developers.facebook.com; sa unang beses, hihilingin ng Meta na magparehistro ka bilang developer (libre).</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="225"/>
        <source>Click &quot;Create app&quot;. Type a name (the name of your shop will do) and your email, and choose the use case &quot;Access the Threads API&quot;.</source>
        <translation>I-click ang &quot;Create app&quot;. Mag-type ng pangalan (puwede ang pangalan ng shop mo) at ng email mo, at piliin ang use case na &quot;Access the Threads API&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="235"/>
        <source>On the Dashboard of your app, click &quot;Customize the Access the Threads API use case&quot; and click Add next to threads_content_publish and threads_manage_insights (threads_basic is there already):</source>
        <translation>Sa Dashboard ng app mo, i-click ang &quot;Customize the Access the Threads API use case&quot; at i-click ang Add sa tabi ng threads_content_publish at threads_manage_insights (nandoon na ang threads_basic):</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="247"/>
        <source>Add yourself as a tester</source>
        <translation>Idagdag ang sarili mo bilang tester</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="248"/>
        <source>Until Meta reviews an app, only its testers may use it. In your app, open App roles &gt; Roles, click &quot;Add People&quot;, choose &quot;Threads Tester&quot; and type your Threads username. Then accept the invitation in Threads: Settings &gt; Account &gt; Website permissions &gt; Invites.</source>
        <translation>Hangga&apos;t hindi pa nire-review ng Meta ang isang app, mga tester lang nito ang puwedeng gumamit nito. Sa app mo, buksan ang App roles &gt; Roles, i-click ang &quot;Add People&quot;, piliin ang &quot;Threads Tester&quot; at i-type ang Threads username mo. Saka tanggapin ang imbitasyon sa Threads: Settings &gt; Account &gt; Website permissions &gt; Invites.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="260"/>
        <source>Back in &quot;Customize the Access the Threads API use case&quot;, open Settings. Under &quot;User Token Generator&quot;, click &quot;Generate access token&quot; next to your profile, allow it, and copy the token.</source>
        <translation>Bumalik sa &quot;Customize the Access the Threads API use case&quot; at buksan ang Settings. Sa &quot;User Token Generator&quot;, i-click ang &quot;Generate access token&quot; sa tabi ng profile mo, payagan ito, at kopyahin ang token.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="275"/>
        <source>Page ID</source>
        <translation>Page ID</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="277"/>
        <source>Your Page ID is a number: on your Page, open About &gt; Page transparency.</source>
        <translation>Numero ang Page ID mo: sa Page mo, buksan ang About &gt; Page transparency.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="281"/>
        <location filename="../../ui/accounts/meta_wizard.py" line="296"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="284"/>
        <source>Instagram username</source>
        <translation>Instagram username</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="286"/>
        <source>Leave the token empty to skip the setup: SMM Desk then only reminds you to post.</source>
        <translation>Iwanang blangko ang token para laktawan ang setup: magpapaalala lang ang SMM Desk na mag-post ka.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="290"/>
        <source>Token (optional)</source>
        <translation>Token (opsyonal)</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="293"/>
        <source>Threads username</source>
        <translation>Threads username</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="302"/>
        <source>From now on SMM Desk posts your Facebook posts at the planned time by itself: text, links and up to 10 photos.</source>
        <translation>Mula ngayon, ipo-post ng SMM Desk nang mag-isa ang mga Facebook post mo sa nakaplanong oras: teksto, link at hanggang 10 larawan.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="307"/>
        <source>SMM Desk keeps the token and checks the account with it. Instagram fetches photos from a web address, so until photo hosting is set up your Instagram posts stay assisted: SMM Desk prepares each one and reminds you to post it.</source>
        <translation>Itatago ng SMM Desk ang token at susuriin nito ang account gamit ito. Kinukuha ng Instagram ang mga larawan mula sa isang web address, kaya hangga&apos;t walang naka-set up na pag-host ng larawan, mananatiling paalala lang ang mga Instagram post mo: ihahanda ng SMM Desk ang bawat isa at ipapaalala sa iyo na i-post ito.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="313"/>
        <source>From now on SMM Desk posts your Threads posts at the planned time by itself (text up to 500 characters). Threads fetches photos from a web address, so a post with photos stays assisted: SMM Desk reminds you to post it.</source>
        <translation>Mula ngayon, ipo-post ng SMM Desk nang mag-isa ang mga Threads post mo sa nakaplanong oras (teksto hanggang 500 character). Kinukuha ng Threads ang mga larawan mula sa isang web address, kaya mananatiling paalala lang ang post na may larawan: ipapaalala sa iyo ng SMM Desk na i-post ito.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="320"/>
        <source>SMM Desk prepares your Instagram posts and reminds you when they are due. Run this setup again (Reconnect) when you want SMM Desk to check the account too.</source>
        <translation>Ihahanda ng SMM Desk ang mga Instagram post mo at ipapaalala sa iyo kapag oras na ng mga ito. Patakbuhin ulit ang setup na ito (I-reconnect) kapag gusto mong suriin din ng SMM Desk ang account.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="541"/>
        <source>Set up %1</source>
        <extracomment>Opens a web address in the browser (tests record it instead).</extracomment>
        <translation>I-set up ang %1</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="546"/>
        <source>Back</source>
        <translation>Bumalik</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="547"/>
        <source>Next</source>
        <translation>Susunod</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="548"/>
        <source>Done</source>
        <translation>Tapos na</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="549"/>
        <source>Cancel</source>
        <translation>Kanselahin</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="557"/>
        <location filename="../../ui/accounts/meta_wizard.py" line="560"/>
        <source>Step %1 of %2: %3</source>
        <translation>Hakbang %1 ng %2: %3</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="591"/>
        <source>%1 did not accept this token. Click Back and paste it again (all of it); if it still fails, make a new token as the steps explain.</source>
        <translation>Hindi tinanggap ng %1 ang token na ito. I-click ang Bumalik at i-paste ulit ito (buo); kung nabibigo pa rin, gumawa ng bagong token gaya ng paliwanag sa mga hakbang.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="598"/>
        <source>%1

Click Back to change the token, or follow the steps again.</source>
        <translation>%1

I-click ang Bumalik para palitan ang token, o sundan ulit ang mga hakbang.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="602"/>
        <source>Connecting failed unexpectedly (%1). Try again; details are in the log.</source>
        <translation>Hindi inaasahang nabigo ang pagkonekta (%1). Subukan ulit; nasa log ang mga detalye.</translation>
    </message>
</context>
<context>
    <name>MissedPostsDialog</name>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="50"/>
        <source>Posts that missed their time</source>
        <translation>Mga post na lumampas sa oras</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="55"/>
        <source>These posts were due while SMM Desk was closed, so they were not sent. Choose for each: post it now, pick a new time, or skip it.</source>
        <translation>Nakatakda ang mga post na ito habang sarado ang SMM Desk, kaya hindi naipadala. Pumili para sa bawat isa: i-post ngayon, pumili ng bagong oras, o laktawan.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="63"/>
        <source>Was due</source>
        <translation>Nakatakda noong</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="63"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="63"/>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="75"/>
        <source>Post now</source>
        <translation>I-post ngayon</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="81"/>
        <source>Move to this time</source>
        <translation>Ilipat sa oras na ito</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="83"/>
        <source>Skip</source>
        <translation>Laktawan</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="95"/>
        <source>Decide later</source>
        <translation>Mamaya na</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="122"/>
        <source>Select one or more posts first.</source>
        <translation>Pumili muna ng isa o higit pang post.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="144"/>
        <source>They will be sent in a moment.</source>
        <translation>Ipapadala ang mga ito sa ilang sandali.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="152"/>
        <source>Moved to the new time.</source>
        <translation>Nailipat sa bagong oras.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="158"/>
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
        <location filename="../../ui/calendar/post_menu.py" line="40"/>
        <source>Move to a date</source>
        <translation>Ilipat sa isang petsa</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_menu.py" line="42"/>
        <source>The post keeps its time of day.</source>
        <translation>Mananatili ang oras ng post sa araw na iyon.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_menu.py" line="53"/>
        <source>Move</source>
        <translation>Ilipat</translation>
    </message>
</context>
<context>
    <name>NavigationBar</name>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="49"/>
        <source>Previous (Page Up)</source>
        <translation>Nakaraan (Page Up)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="52"/>
        <source>Today</source>
        <translation>Ngayon</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="53"/>
        <source>Go to today (Ctrl+T)</source>
        <translation>Pumunta sa ngayon (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="57"/>
        <source>Next (Page Down)</source>
        <translation>Susunod (Page Down)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="70"/>
        <source>Month</source>
        <translation>Buwan</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="70"/>
        <source>Week</source>
        <translation>Linggo</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="70"/>
        <source>List</source>
        <translation>Listahan</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="85"/>
        <source>Calendar system</source>
        <translation>Sistema ng kalendaryo</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="87"/>
        <source>Gregorian</source>
        <translation>Gregorian</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="88"/>
        <source>Persian (Jalali)</source>
        <translation>Persian (Jalali)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="89"/>
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
    <name>PastePage</name>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="386"/>
        <source>Paste the token here</source>
        <translation>I-paste ang token dito</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="390"/>
        <source>SMM Desk keeps the token in your computer&apos;s password store, never in its data file. The next page checks it with the platform.</source>
        <translation>Itatago ng SMM Desk ang token sa password store ng computer mo, hindi kailanman sa data file nito. Susuriin ito ng susunod na pahina sa platform.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="404"/>
        <source>Paste the token</source>
        <translation>I-paste ang token</translation>
    </message>
</context>
<context>
    <name>PhotoHostingDialog</name>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="38"/>
        <source>Photo hosting</source>
        <translation>Pag-host ng larawan</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="43"/>
        <source>Instagram, and Threads for posts with photos, fetch each photo from a web address. With a storage bucket of your own (Amazon S3, Cloudflare R2, Backblaze B2, Wasabi, MinIO…), SMM Desk puts each photo there for one hour under a name nobody can guess, gives Instagram a private link to it, and deletes it after posting. Without one, those posts stay assisted: SMM Desk reminds you and you post them.</source>
        <translation>Kinukuha ng Instagram, at ng Threads para sa mga post na may larawan, ang bawat larawan mula sa isang web address. Kung may sarili kang storage bucket (Amazon S3, Cloudflare R2, Backblaze B2, Wasabi, MinIO…), ilalagay doon ng SMM Desk ang bawat larawan nang isang oras sa pangalang walang makakahula, bibigyan ang Instagram ng pribadong link dito, at buburahin ito pagkatapos mag-post. Kung wala, mananatiling paalala lang ang mga post na iyon: ipapaalala sa iyo ng SMM Desk at ikaw ang magpo-post.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="57"/>
        <source>e.g. eu-central-1 (auto on Cloudflare R2)</source>
        <translation>hal. eu-central-1 (auto sa Cloudflare R2)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="65"/>
        <source>Endpoint address</source>
        <translation>Endpoint address</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="66"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="67"/>
        <source>Bucket</source>
        <translation>Bucket</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="68"/>
        <source>Access key ID</source>
        <translation>Access key ID</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="69"/>
        <source>Secret key</source>
        <translation>Secret key</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="73"/>
        <source>Make keys for this bucket only, allowed to put, read, list and delete files. SMM Desk keeps both keys in your system keyring, never in its database.</source>
        <translation>Gumawa ng mga key para sa bucket na ito lang, na puwedeng maglagay, magbasa, maglista at magbura ng mga file. Itatago ng SMM Desk ang dalawang key sa keyring ng system mo, hindi kailanman sa database nito.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="91"/>
        <source>Test</source>
        <translation>Subukan</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="92"/>
        <source>Test and save</source>
        <translation>Subukan at i-save</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="93"/>
        <source>Stop using it</source>
        <translation>Huwag nang gamitin</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="108"/>
        <source>Saved in your keyring; type to replace</source>
        <translation>Naka-save sa keyring mo; mag-type para palitan</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="119"/>
        <source>Not set up: Instagram posts, and Threads posts with photos, are assisted.</source>
        <translation>Hindi naka-set up: paalala lang ang mga Instagram post, at ang mga Threads post na may larawan.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="124"/>
        <source>In use: Instagram and Threads photos go through bucket %1 at %2.</source>
        <translation>Ginagamit: dumadaan ang mga larawan ng Instagram at Threads sa bucket na %1 sa %2.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="158"/>
        <source>Testing: storing a small file, reading it back, deleting it…</source>
        <translation>Sinusubukan: nagse-save ng maliit na file, binabasa ito pabalik, binubura ito…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="165"/>
        <source>It works: SMM Desk stored a small file, read it back through a private link and deleted it. Click “Test and save” to use this bucket.</source>
        <translation>Gumagana ito: nag-save ang SMM Desk ng maliit na file, binasa ito pabalik sa pamamagitan ng pribadong link at binura ito. I-click ang “Subukan at i-save” para gamitin ang bucket na ito.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="175"/>
        <source>Testing, then saving…</source>
        <translation>Sinusubukan, saka ise-save…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="189"/>
        <source>Saved. Posts due from now on are sent by SMM Desk itself.</source>
        <translation>Na-save. Ang SMM Desk na mismo ang magpapadala ng mga post na nakatakda mula ngayon.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="210"/>
        <source>The storage service said: %1</source>
        <translation>Sabi ng storage service: %1</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="216"/>
        <source>The test stopped on an unexpected error (%1).</source>
        <translation>Huminto ang pagsubok dahil sa hindi inaasahang error (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="225"/>
        <source>Fill in the endpoint address, the region, the bucket and both keys.</source>
        <translation>Punan ang endpoint address, ang region, ang bucket at ang dalawang key.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="228"/>
        <source>Check the endpoint address: it starts with https:// and has no path, e.g. https://s3.eu-central-1.amazonaws.com (the bucket goes in its own field).</source>
        <translation>Suriin ang endpoint address: nagsisimula ito sa https:// at walang path, hal. https://s3.eu-central-1.amazonaws.com (may sariling field ang bucket).</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="233"/>
        <source>The storage service refused the keys. Check the access key ID and the secret key; copy them again from the service&apos;s console.</source>
        <translation>Tinanggihan ng storage service ang mga key. Suriin ang access key ID at ang secret key; kopyahin ulit ang mga ito mula sa console ng service.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="239"/>
        <source>There is no bucket named %1 at this address. Check the bucket name, the endpoint address and the region.</source>
        <translation>Walang bucket na %1 sa address na ito. Suriin ang pangalan ng bucket, ang endpoint address at ang region.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="246"/>
        <source>The keys work, but may not put, read, list or delete files in this bucket. Give them those rights on this bucket in the service&apos;s console.</source>
        <translation>Gumagana ang mga key, pero hindi sila puwedeng maglagay, magbasa, maglista o magbura ng mga file sa bucket na ito. Ibigay sa kanila ang mga karapatang iyon sa bucket na ito sa console ng service.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="251"/>
        <source>SMM Desk could not reach the storage service. Check the endpoint address and your internet connection.</source>
        <translation>Hindi maabot ng SMM Desk ang storage service. Suriin ang endpoint address at ang koneksyon mo sa internet.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="256"/>
        <source>The test file was stored, but its private link did not give it back. Check that the endpoint address is the bucket&apos;s own address.</source>
        <translation>Na-save ang test file, pero hindi ito naibalik ng pribadong link nito. Tiyaking ang endpoint address ang sariling address ng bucket.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="259"/>
        <source>The storage service refused the test. Nothing was saved.</source>
        <translation>Tinanggihan ng storage service ang pagsubok. Walang na-save.</translation>
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
        <location filename="../../ui/calendar/actions_bar.py" line="65"/>
        <source>Undo</source>
        <translation>I-undo</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="68"/>
        <source>Redo</source>
        <translation>I-redo</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="88"/>
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
        <location filename="../../ui/calendar/actions_bar.py" line="206"/>
        <source>Move the selected posts %n day(s) earlier, same time of day (%1)</source>
        <translation>
            <numerusform>Ilipat ang mga napiling post nang %n araw na mas maaga, parehong oras (%1)</numerusform>
            <numerusform>Ilipat ang mga napiling post nang %n araw na mas maaga, parehong oras (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar/actions_bar.py" line="217"/>
        <source>Move the selected posts %n day(s) later, same time of day (%1)</source>
        <translation>
            <numerusform>Ilipat ang mga napiling post nang %n araw na mas huli, parehong oras (%1)</numerusform>
            <numerusform>Ilipat ang mga napiling post nang %n araw na mas huli, parehong oras (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move the selected posts %n day(s) earlier, same time of day (Alt+←)</source>
        <translation type="vanished">
            <numerusform>Ilipat ang mga napiling post nang %n araw na mas maaga, parehong oras (Alt+←)</numerusform>
            <numerusform>Ilipat ang mga napiling post nang %n araw na mas maaga, parehong oras (Alt+←)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move the selected posts %n day(s) later, same time of day (Alt+→)</source>
        <translation type="vanished">
            <numerusform>Ilipat ang mga napiling post nang %n araw na mas huli, parehong oras (Alt+→)</numerusform>
            <numerusform>Ilipat ang mga napiling post nang %n araw na mas huli, parehong oras (Alt+→)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar/actions_bar.py" line="225"/>
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
        <location filename="../../ui/calendar/models.py" line="59"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="60"/>
        <source>Scheduled</source>
        <translation>Naka-schedule</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="61"/>
        <source>Publishing</source>
        <translation>Ipinu-publish</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="62"/>
        <source>Will retry</source>
        <translation>Susubukan ulit</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="63"/>
        <source>Published</source>
        <translation>Na-publish</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="64"/>
        <source>Failed</source>
        <translation>Nabigo</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="65"/>
        <source>Needs attention</source>
        <translation>Kailangang tingnan</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="66"/>
        <source>Post it now</source>
        <translation>I-post na</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="67"/>
        <source>Skipped</source>
        <translation>Nilaktawan</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="229"/>
        <location filename="../../ui/calendar/week.py" line="179"/>
        <source>%n post(s)</source>
        <translation>%n post</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="235"/>
        <source>one of your posting days, nothing planned yet</source>
        <translation>isa sa mga araw mo ng pag-post, wala pang nakaplano</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="252"/>
        <source>Day</source>
        <translation>Araw</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="253"/>
        <source>Time</source>
        <translation>Oras</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="254"/>
        <source>Accounts</source>
        <translation>Mga Account</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="255"/>
        <source>Rubric</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="256"/>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="257"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="327"/>
        <source>No rubric</source>
        <translation>Walang rubrik</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="379"/>
        <source>(no text yet)</source>
        <translation>(wala pang teksto)</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../ui/calendar/page.py" line="356"/>
        <source>The plan could not be loaded: %1</source>
        <translation>Hindi ma-load ang plano: %1</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/view_apply.py" line="44"/>
        <source>%1 posts in view · %2 days of your posting rhythm still empty · %3 ideas</source>
        <translation>%1 post ang nakikita · %2 araw ng ritmo mo ng pag-post ang bakante pa · %3 ideya</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/view_apply.py" line="55"/>
        <source>%1 posts in view · %2 ideas</source>
        <translation>%1 post ang nakikita · %2 ideya</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/view_apply.py" line="73"/>
        <source>%1 added: SMM Desk reminds you when its posts are due. Next: write your first post in Compose (Ctrl+N).</source>
        <translation>Naidagdag ang %1: ipapaalala ng SMM Desk kapag oras na ng mga post nito. Susunod: isulat ang una mong post sa Sumulat (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/view_apply.py" line="82"/>
        <source>%1 is connected and works. Next: write your first post in Compose (Ctrl+N).</source>
        <translation>Nakakonekta at gumagana ang %1. Susunod: isulat ang una mong post sa Sumulat (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/opening.py" line="28"/>
        <source>That day is over: double-click today or a later day.</source>
        <translation>Tapos na ang araw na iyon: i-double click ang ngayon o isang mas huling araw.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/opening.py" line="36"/>
        <source>Connect an account first (Accounts), then plan posts.</source>
        <translation>Magkonekta muna ng account (Mga Account), saka magplano ng mga post.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/changes.py" line="125"/>
        <source>Kept as a draft on %1, not scheduled: %2 Open it to fix this, then schedule it.</source>
        <translation>Itinago bilang draft sa %1, hindi naka-schedule: %2 Buksan ito para ayusin, saka i-schedule.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/changes.py" line="195"/>
        <source>Imported %1 posts (%2 of them as ideas). Ctrl+Z takes the import back.</source>
        <translation>Na-import ang %1 post (%2 dito bilang ideya). Binabawi ng Ctrl+Z ang import.</translation>
    </message>
</context>
<context>
    <name>PlanUndo</name>
    <message>
        <location filename="../../ui/calendar/undo.py" line="20"/>
        <source>Move post</source>
        <translation>Ilipat ang post</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/undo.py" line="21"/>
        <source>Move posts</source>
        <translation>Ilipat ang mga post</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/undo.py" line="22"/>
        <source>Back to ideas</source>
        <translation>Ibalik sa ideya</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/undo.py" line="23"/>
        <source>Schedule idea</source>
        <translation>I-schedule ang ideya</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/undo.py" line="24"/>
        <source>Schedule ideas</source>
        <translation>I-schedule ang mga ideya</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/undo.py" line="25"/>
        <source>Add to queue</source>
        <translation>Ilagay sa pila</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/undo.py" line="26"/>
        <source>Duplicate post</source>
        <translation>Doblehin ang post</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/undo.py" line="27"/>
        <source>Duplicate posts</source>
        <translation>Doblehin ang mga post</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/undo.py" line="28"/>
        <source>Delete post</source>
        <translation>Burahin ang post</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/undo.py" line="29"/>
        <source>Delete posts</source>
        <translation>Burahin ang mga post</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/undo.py" line="30"/>
        <source>Import CSV</source>
        <translation>I-import ang CSV</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/undo.py" line="31"/>
        <source>Post now</source>
        <translation>I-post ngayon</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/undo.py" line="42"/>
        <source>Move %n day(s) earlier</source>
        <translation>Ilipat nang %n araw na mas maaga</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/undo.py" line="44"/>
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
        <location filename="../../ui/composer/post_preview.py" line="161"/>
        <source>%1 gets it as %2 × %3 pixels.</source>
        <translation>Matatanggap ito ng %1 bilang %2 × %3 pixel.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/post_preview.py" line="171"/>
        <source>more</source>
        <translation>higit pa</translation>
    </message>
    <message>
        <location filename="../../ui/composer/post_preview.py" line="174"/>
        <source>The feed shows the start; the rest sits behind “more”.</source>
        <translation>Simula lang ang ipinapakita ng feed; nasa likod ng “higit pa” ang natitira.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/post_preview.py" line="176"/>
        <source>The red part does not fit on %1.</source>
        <translation>Hindi kasya sa %1 ang pulang bahagi.</translation>
    </message>
</context>
<context>
    <name>PostMenu</name>
    <message>
        <location filename="../../ui/calendar/post_menu.py" line="83"/>
        <source>Edit</source>
        <translation>I-edit</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar/post_menu.py" line="87"/>
        <source>Duplicate (%n day(s) later)</source>
        <translation>
            <numerusform>Doblehin (%n araw na mas huli)</numerusform>
            <numerusform>Doblehin (%n araw na mas huli)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_menu.py" line="93"/>
        <source>Move to a date…</source>
        <translation>Ilipat sa isang petsa…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_menu.py" line="100"/>
        <source>Post now</source>
        <translation>I-post ngayon</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_menu.py" line="108"/>
        <source>Back to ideas</source>
        <translation>Ibalik sa ideya</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_menu.py" line="112"/>
        <source>Delete</source>
        <translation>Burahin</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_menu.py" line="136"/>
        <source>Moved to %1. Ctrl+Z moves it back.</source>
        <translation>Nailipat sa %1. Ibabalik ito ng Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_menu.py" line="152"/>
        <source>It goes out now. Ctrl+Z takes it back until then.</source>
        <translation>Ipapadala na ito ngayon. Mababawi ito ng Ctrl+Z hangga&apos;t hindi pa naipapadala.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_menu.py" line="155"/>
        <source>It is ready to post now: SMM Desk shows you the text and photos.</source>
        <translation>Handa na itong i-post ngayon: ipapakita sa iyo ng SMM Desk ang teksto at mga larawan.</translation>
    </message>
</context>
<context>
    <name>PostProblemDialog</name>
    <message>
        <source>Check this post on {platform}</source>
        <translation type="vanished">Tingnan ang post na ito sa {platform}</translation>
    </message>
    <message>
        <source>A post to {platform} was not published</source>
        <translation type="vanished">Hindi na-publish ang isang post sa {platform}</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/problem_dialog.py" line="50"/>
        <source>Check this post on %1</source>
        <translation>Suriin ang post na ito sa %1</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/problem_dialog.py" line="52"/>
        <source>A post to %1 was not published</source>
        <translation>Hindi na-publish ang isang post sa %1</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/problem_dialog.py" line="65"/>
        <source>No reason was given.</source>
        <translation>Walang ibinigay na dahilan.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/problem_dialog.py" line="68"/>
        <source>Details</source>
        <translation>Detalye</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/problem_dialog.py" line="87"/>
        <source>Link to the post, if it is there (optional)</source>
        <translation>Link sa post, kung nandoon ito (opsyonal)</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/problem_dialog.py" line="91"/>
        <source>Don&apos;t post it</source>
        <translation>Huwag i-post</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/problem_dialog.py" line="93"/>
        <source>It is there: mark as posted</source>
        <translation>Nandoon ito: markahang na-post</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/problem_dialog.py" line="97"/>
        <source>It is not there: send it</source>
        <translation>Wala roon: ipadala</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/problem_dialog.py" line="97"/>
        <source>Try again now</source>
        <translation>Subukan ulit ngayon</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/problem_dialog.py" line="100"/>
        <source>Close</source>
        <translation>Isara</translation>
    </message>
</context>
<context>
    <name>PostingTimesDialog</name>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="380"/>
        <source>Posting times</source>
        <translation>Oras ng pag-post</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="384"/>
        <source>When each account posts, every week, in your local time. Click a half hour to add or remove a posting time. “Add to queue” uses the next free one.</source>
        <translation>Kailan nagpo-post ang bawat account, linggu-linggo, sa oras mo. I-click ang isang kalahating oras para magdagdag o mag-alis ng oras ng pag-post. Ginagamit ng “Ilagay sa pila” ang susunod na bakante.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="391"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="400"/>
        <source>Use for all accounts</source>
        <translation>Gamitin sa lahat ng account</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="402"/>
        <source>Give every account the same posting times as this one</source>
        <translation>Ibigay sa bawat account ang parehong oras ng pag-post gaya ng sa account na ito</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="460"/>
        <source>Connect an account first: posting times belong to an account.</source>
        <translation>Magkonekta muna ng account: nakatali sa isang account ang mga oras ng pag-post.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="463"/>
        <source>No posting times yet for this account.</source>
        <translation>Wala pang oras ng pag-post ang account na ito.</translation>
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
            <numerusform>%n oras ng pag-post bawat linggo</numerusform>
            <numerusform>%n oras ng pag-post bawat linggo</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="479"/>
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
        <location filename="../../ui/calendar/import_dialog.py" line="53"/>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="54"/>
        <source>When</source>
        <translation>Kailan</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="55"/>
        <source>Accounts</source>
        <translation>Mga Account</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="56"/>
        <source>Text</source>
        <translation>Teksto</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="57"/>
        <source>Rubric</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="58"/>
        <source>Problems</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="69"/>
        <source>next free slot</source>
        <translation>susunod na bakanteng oras</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="70"/>
        <source>idea (no date)</source>
        <translation>ideya (walang petsa)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="80"/>
        <source>%1 (new)</source>
        <translation>%1 (bago)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="86"/>
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
        <location filename="../../ui/composer/post_preview.py" line="217"/>
        <source>Choose an account above to see how the post will look there.</source>
        <translation>Pumili ng account sa itaas para makita kung ano ang itsura ng post doon.</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../ui/problem_words.py" line="50"/>
        <source>The image %1 is an empty file.</source>
        <translation>Walang laman na file ang larawang %1.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="51"/>
        <source>%1 is not a picture SMM Desk can read.</source>
        <translation>Hindi larawang mababasa ng SMM Desk ang %1.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="52"/>
        <source>The image %1 is damaged or cut short.</source>
        <translation>Sira o putol ang larawang %1.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="53"/>
        <source>The image %1 is too large to open.</source>
        <translation>Masyadong malaki ang larawang %1 para buksan.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="54"/>
        <source>The image %1 is too big for the platform.</source>
        <translation>Masyadong malaki ang larawang %1 para sa platform.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="57"/>
        <source>SMM Desk can&apos;t use the image %1.</source>
        <translation>Hindi magamit ng SMM Desk ang larawang %1.</translation>
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
        <translation>petsa (scheduled_at)</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="84"/>
        <source>accounts</source>
        <translation>mga account</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="85"/>
        <source>text</source>
        <translation>teksto</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="86"/>
        <source>media</source>
        <translation>media</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="87"/>
        <source>rubric</source>
        <translation>rubrik</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="104"/>
        <source>%1 @%2</source>
        <translation>%1 @%2</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="114"/>
        <source>a draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="115"/>
        <source>scheduled</source>
        <translation>naka-schedule</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="116"/>
        <source>being sent</source>
        <translation>ipinapadala</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="117"/>
        <source>published</source>
        <translation>na-publish</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="118"/>
        <source>waiting to be retried</source>
        <translation>naghihintay na subukan ulit</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="119"/>
        <source>failed</source>
        <translation>nabigo</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="120"/>
        <source>waiting to be checked</source>
        <translation>naghihintay na suriin</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="121"/>
        <source>waiting for you to post it</source>
        <translation>naghihintay na i-post mo</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="122"/>
        <source>skipped</source>
        <translation>nilaktawan</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="138"/>
        <source>The photos are already on %1 (%2); only the text is missing or unsure, and sending again sends only the text.</source>
        <translation>Nasa %1 na ang mga larawan (%2); ang teksto lang ang kulang o hindi tiyak, at teksto lang ang ipapadala kapag ipinadala ulit.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="147"/>
        <source>The photos are already on %1; only the text is missing or unsure, and sending again sends only the text.</source>
        <translation>Nasa %1 na ang mga larawan; ang teksto lang ang kulang o hindi tiyak, at teksto lang ang ipapadala kapag ipinadala ulit.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="161"/>
        <source>%1 had a problem on its side %n time(s) in a row, so SMM Desk stopped trying. Click Retry when %1 works again.</source>
        <translation>
            <numerusform>Nagkaproblema sa panig ng %1 nang %n beses nang sunod-sunod, kaya tumigil na sa pagsubok ang SMM Desk. I-click ang Ulitin kapag gumagana na ulit ang %1.</numerusform>
            <numerusform>Nagkaproblema sa panig ng %1 nang %n beses nang sunod-sunod, kaya tumigil na sa pagsubok ang SMM Desk. I-click ang Ulitin kapag gumagana na ulit ang %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="168"/>
        <source>SMM Desk could not reach %1 %n time(s) in a row, so it stopped trying. Check the internet connection, then click Retry.</source>
        <translation>
            <numerusform>Hindi maabot ng SMM Desk ang %1 nang %n beses nang sunod-sunod, kaya tumigil na ito sa pagsubok. Suriin ang koneksyon sa internet, saka i-click ang Ulitin.</numerusform>
            <numerusform>Hindi maabot ng SMM Desk ang %1 nang %n beses nang sunod-sunod, kaya tumigil na ito sa pagsubok. Suriin ang koneksyon sa internet, saka i-click ang Ulitin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="175"/>
        <source>%1 asked SMM Desk to slow down %n time(s) in a row, so it stopped trying. Click Retry a little later.</source>
        <translation>
            <numerusform>Hiniling ng %1 na bumagal ang SMM Desk nang %n beses nang sunod-sunod, kaya tumigil na ito sa pagsubok. I-click ang Ulitin mamaya-maya.</numerusform>
            <numerusform>Hiniling ng %1 na bumagal ang SMM Desk nang %n beses nang sunod-sunod, kaya tumigil na ito sa pagsubok. I-click ang Ulitin mamaya-maya.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="190"/>
        <source>It kept failing after %n tries, so SMM Desk stopped. Click Retry when the platform works again.</source>
        <translation>
            <numerusform>Patuloy itong nabigo pagkatapos ng %n pagsubok, kaya tumigil ang SMM Desk. I-click ang Ulitin kapag gumagana na ulit ang platform.</numerusform>
            <numerusform>Patuloy itong nabigo pagkatapos ng %n pagsubok, kaya tumigil ang SMM Desk. I-click ang Ulitin kapag gumagana na ulit ang platform.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="202"/>
        <source>Task Scheduler task “%1”, every %n minute(s)</source>
        <translation>
            <numerusform>Task Scheduler task na “%1”, bawat %n minuto</numerusform>
            <numerusform>Task Scheduler task na “%1”, bawat %n minuto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="204"/>
        <source>launchd agent %1, every %n minute(s)</source>
        <translation>
            <numerusform>launchd agent na %1, bawat %n minuto</numerusform>
            <numerusform>launchd agent na %1, bawat %n minuto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="206"/>
        <source>systemd user timer %1, every %n minute(s)</source>
        <translation>
            <numerusform>systemd user timer na %1, bawat %n minuto</numerusform>
            <numerusform>systemd user timer na %1, bawat %n minuto</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="211"/>
        <source>A photo</source>
        <translation>Isang larawan</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="231"/>
        <source>%1 asks SMM Desk to slow down. The figures of %n post(s) were read and kept; the others are fetched at a later refresh.</source>
        <translation>
            <numerusform>Hinihiling ng %1 na bumagal ang SMM Desk. Nabasa at naitago ang mga numero ng %n post; kukunin ang iba sa susunod na pag-refresh.</numerusform>
            <numerusform>Hinihiling ng %1 na bumagal ang SMM Desk. Nabasa at naitago ang mga numero ng %n post; kukunin ang iba sa susunod na pag-refresh.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="239"/>
        <source>%1 asks SMM Desk to slow down. It will try again later by itself.</source>
        <translation>Hinihiling ng %1 na bumagal ang SMM Desk. Susubukan ulit nito nang mag-isa mamaya.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="248"/>
        <source>The caption is too long for %1: %2 of %3 characters. Remove %n character(s).</source>
        <translation>
            <numerusform>Masyadong mahaba ang caption para sa %1: %2 sa %3 character. Magbura ng %n character.</numerusform>
            <numerusform>Masyadong mahaba ang caption para sa %1: %2 sa %3 character. Magbura ng %n character.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="254"/>
        <source>The text is too long for %1: %2 of %3 characters. Remove %n character(s).</source>
        <translation>
            <numerusform>Masyadong mahaba ang teksto para sa %1: %2 sa %3 character. Magbura ng %n character.</numerusform>
            <numerusform>Masyadong mahaba ang teksto para sa %1: %2 sa %3 character. Magbura ng %n character.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="262"/>
        <source>%1 takes at most %n image(s); this post has %2.</source>
        <translation>
            <numerusform>Hanggang %n larawan lang ang tinatanggap ng %1; %2 ang nasa post na ito.</numerusform>
            <numerusform>Hanggang %n larawan lang ang tinatanggap ng %1; %2 ang nasa post na ito.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="267"/>
        <source>Remove %n photo(s), or remove this account from the post.</source>
        <translation>
            <numerusform>Mag-alis ng %n larawan, o alisin ang account na ito sa post.</numerusform>
            <numerusform>Mag-alis ng %n larawan, o alisin ang account na ito sa post.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="275"/>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="284"/>
        <location filename="../../ui/problem_words.py" line="307"/>
        <source>%1 or %2</source>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="288"/>
        <source>a post id</source>
        <translation>post id</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="292"/>
        <source>any column of figures</source>
        <translation>anumang column ng numero</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="300"/>
        <source>A post in the state “%1” can&apos;t be moved; duplicate it instead (Ctrl-drag).</source>
        <translation>Hindi mailipat ang post na nasa estadong “%1”; doblehin na lang ito (Ctrl-drag).</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="309"/>
        <source>The header has no column %1. Expected columns: %2.</source>
        <translation>Walang column na %1 ang header. Mga inaasahang column: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="313"/>
        <source>Write posting times like “Tue 12:30, Sat 10:00”.</source>
        <translation>Isulat ang mga oras ng pag-post gaya ng “Tue 12:30, Sat 10:00” (araw sa Ingles).</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="318"/>
        <source>Amount</source>
        <translation>Halaga</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="319"/>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="333"/>
        <source>Add your account to SMM Desk first, then import its stats.</source>
        <translation>Idagdag muna ang account mo sa SMM Desk, saka i-import ang stats nito.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="335"/>
        <source>Add your %1 account to SMM Desk first, then import its stats.</source>
        <translation>Idagdag muna ang %1 account mo sa SMM Desk, saka i-import ang stats nito.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="346"/>
        <source>The text holds an invisible character %1 refuses (%2), often pasted in from another app. Delete it where the text turns red.</source>
        <extracomment>Every code (``domain.problems.CODES``) and its sentence in the owner&apos;s language.</extracomment>
        <translation>May di-nakikitang character sa teksto na hindi tinatanggap ng %1 (%2), kadalasang na-paste mula sa ibang app. Burahin ito kung saan namumula ang teksto.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="355"/>
        <source>The text is too long for %1: it takes %2 of %3 bytes (emoji and non-Latin letters take more room). Shorten it.</source>
        <translation>Masyadong mahaba ang teksto para sa %1: %2 sa %3 byte ang gamit nito (mas malaki ang espasyo ng emoji at mga letrang hindi Latin). Paikliin ito.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="363"/>
        <source>%1 allows %n hashtag(s); this has %2. Remove %3.</source>
        <translation>
            <numerusform>%n hashtag lang ang pinapayagan ng %1; %2 ang narito. Mag-alis ng %3.</numerusform>
            <numerusform>%n hashtag lang ang pinapayagan ng %1; %2 ang narito. Mag-alis ng %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="370"/>
        <source>%1 turns only the first hashtag into a topic; the other %n stay plain text.</source>
        <translation>
            <numerusform>Ang unang hashtag lang ang ginagawang topic ng %1; mananatiling karaniwang teksto ang iba pang %n.</numerusform>
            <numerusform>Ang unang hashtag lang ang ginagawang topic ng %1; mananatiling karaniwang teksto ang iba pang %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="377"/>
        <source>%1 allows %n @mention(s); this has %2. Remove %3.</source>
        <translation>
            <numerusform>%n @mention lang ang pinapayagan ng %1; %2 ang narito. Mag-alis ng %3.</numerusform>
            <numerusform>%n @mention lang ang pinapayagan ng %1; %2 ang narito. Mag-alis ng %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="383"/>
        <source>%1 allows %n link(s) per post; this has %2. Remove %3.</source>
        <translation>
            <numerusform>%n link lang bawat post ang pinapayagan ng %1; %2 ang narito. Mag-alis ng %3.</numerusform>
            <numerusform>%n link lang bawat post ang pinapayagan ng %1; %2 ang narito. Mag-alis ng %3.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="390"/>
        <source>%1 needs reconnecting: open Accounts and sign in again, or remove this account from the post.</source>
        <translation>Kailangang i-reconnect ang %1: buksan ang Mga Account at mag-sign in ulit, o alisin ang account na ito sa post.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="396"/>
        <source>%1 is switched off: turn it on in Accounts or remove it from the post.</source>
        <translation>Naka-off ang %1: i-on ito sa Mga Account o alisin ito sa post.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="400"/>
        <source>The post for %1 is empty: write some text.</source>
        <translation>Walang laman ang post para sa %1: sumulat ng teksto.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="404"/>
        <source>%1 needs at least one image: add a photo.</source>
        <translation>Kailangan ng %1 ng kahit isang larawan: magdagdag ng larawan.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="408"/>
        <source>%n image(s) without a description (alt text): people who cannot see the photo will miss it.</source>
        <translation>
            <numerusform>%n larawan ang walang paglalarawan (alt text): hindi ito malalaman ng mga hindi nakakakita ng larawan.</numerusform>
            <numerusform>%n larawan ang walang paglalarawan (alt text): hindi ito malalaman ng mga hindi nakakakita ng larawan.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="414"/>
        <source>The time for %1 is in the past: pick a later time or choose Post now.</source>
        <translation>Lipas na ang oras para sa %1: pumili ng mas huling oras o piliin ang I-post ngayon.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="419"/>
        <source>%1 is too small for %2: it takes pictures at least %3 pixels wide, this one is %4. Use a larger photo, or remove this account.</source>
        <translation>Masyadong maliit ang %1 para sa %2: tumatanggap ito ng larawang hindi bababa sa %3 pixel ang lapad, at %4 lang ang larawang ito. Gumamit ng mas malaking larawan, o alisin ang account na ito.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="429"/>
        <source>%1 does not play animated GIFs: %2 will be posted as a still picture (its first frame).</source>
        <translation>Hindi nagpe-play ng animated GIF ang %1: ipo-post ang %2 bilang still na larawan (ang unang frame nito).</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="437"/>
        <source>%1 is larger than the %2 MB %3 takes for an animation: if it cannot be made small enough, it is posted as a still picture.</source>
        <translation>Mas malaki ang %1 kaysa sa %2 MB na tinatanggap ng %3 para sa animation: kung hindi ito mapapaliit nang sapat, ipo-post ito bilang still na larawan.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="446"/>
        <source>%1 shows only %2% of %3 (its shape is cut to fit): check the preview, or move the photo&apos;s focus point on the Media screen.</source>
        <translation>%2% lang ng %3 ang ipinapakita ng %1 (tinatabas ang hugis para magkasya): tingnan ang preview, o ilipat ang focus point ng larawan sa screen ng Media.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="455"/>
        <source>The %1 column holds a NUL character (a zero byte), which no post can contain. Delete it and try again.</source>
        <translation>May NUL character (zero byte) ang column na %1, na hindi puwede sa anumang post. Burahin ito at subukan ulit.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="461"/>
        <source>“%1” is not an account like instagram:@yourshop (platform, colon, handle).</source>
        <translation>Hindi account na gaya ng instagram:@yourshop ang “%1” (platform, tutuldok, handle).</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="466"/>
        <source>There is no account %1:%2 in SMM Desk. Add it under Accounts, or fix the spelling.</source>
        <translation>Walang account na %1:%2 sa SMM Desk. Idagdag ito sa Mga Account, o ayusin ang spelling.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="472"/>
        <source>No account is given: write at least one, like instagram:@yourshop, or leave the date empty to keep the post as an idea.</source>
        <translation>Walang nakalagay na account: sumulat ng kahit isa, gaya ng instagram:@yourshop, o iwanang blangko ang petsa para manatiling ideya ang post.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="476"/>
        <source>“%1” is too far in the past or the future. Use a date between %2 and %3.</source>
        <translation>Masyadong malayo sa nakaraan o sa hinaharap ang “%1”. Gumamit ng petsa mula %2 hanggang %3.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="483"/>
        <source>“%1” is not a date and time. Write it like 2026-06-02 12:30 (or 2026-06-02T12:30+02:00 with a UTC offset).</source>
        <translation>Hindi petsa at oras ang “%1”. Isulat ito nang gaya ng 2026-06-02 12:30 (o 2026-06-02T12:30+02:00 kasama ang UTC offset).</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="490"/>
        <source>%1 is in the past. Change the date, or leave it empty to keep the post as an idea.</source>
        <translation>Lipas na ang %1. Baguhin ang petsa, o iwanang blangko para manatiling ideya ang post.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="494"/>
        <source>The image file %1 is missing.</source>
        <translation>Nawawala ang image file na %1.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="495"/>
        <source>The post has no text and no image.</source>
        <translation>Walang teksto at walang larawan ang post.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="498"/>
        <source>%1:%2 has no posting times for the queue. Add some in the account&apos;s queue settings, or give the row a date.</source>
        <translation>Walang oras ng pag-post para sa pila ang %1:%2. Magdagdag sa setting ng pila ng account, o lagyan ng petsa ang row.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="505"/>
        <source>%1 images: %2 takes at most %n in one post.</source>
        <translation>
            <numerusform>%1 larawan: hanggang %n lang sa isang post ang tinatanggap ng %2.</numerusform>
            <numerusform>%1 larawan: hanggang %n lang sa isang post ang tinatanggap ng %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="510"/>
        <source>%1 needs at least one image in a post.</source>
        <translation>Kailangan ng %1 ng kahit isang larawan sa isang post.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="515"/>
        <source>%1 asks SMM Desk to slow down. It will try again shortly.</source>
        <translation>Hinihiling ng %1 na bumagal ang SMM Desk. Susubukan ulit nito maya-maya.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="519"/>
        <source>%1 had a problem on its side. SMM Desk will try again.</source>
        <translation>Nagkaproblema sa panig ng %1. Susubukan ulit ng SMM Desk.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="524"/>
        <source>%1 no longer accepts the saved login. Open Accounts and reconnect this account.</source>
        <translation>Hindi na tinatanggap ng %1 ang naka-save na login. Buksan ang Mga Account at i-reconnect ang account na ito.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="529"/>
        <source>SMM Desk could not reach %1. It will try again.</source>
        <translation>Hindi maabot ng SMM Desk ang %1. Susubukan ulit nito.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="533"/>
        <source>%1 refused the post. Change the post and schedule it again.</source>
        <translation>Tinanggihan ng %1 ang post. Baguhin ang post at i-schedule ulit.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="537"/>
        <source>This account does not exist any more.</source>
        <translation>Wala na ang account na ito.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="539"/>
        <source>SMM Desk cannot post to %1 by itself.</source>
        <translation>Hindi makakapag-post ang SMM Desk sa %1 nang mag-isa.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="542"/>
        <source>Unknown platform “%1”. Choose one of: %2.</source>
        <translation>Hindi kilalang platform na “%1”. Pumili sa: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="544"/>
        <source>Enter the account&apos;s handle or name.</source>
        <translation>Ilagay ang handle o pangalan ng account.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="546"/>
        <source>Enter the Telegram channel (@name or its numeric id).</source>
        <translation>Ilagay ang Telegram channel (@name o ang numeric id nito).</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="549"/>
        <source>Enter your Mastodon server&apos;s address, e.g. https://mastodon.social</source>
        <translation>Ilagay ang address ng Mastodon server mo, hal. https://mastodon.social</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="553"/>
        <source>“%1” is not a full server address. Enter it with https:// in front, e.g. https://mastodon.social</source>
        <translation>Hindi buong address ng server ang “%1”. Ilagay ito nang may https:// sa unahan, hal. https://mastodon.social</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="560"/>
        <source>SMM Desk does not send your login to %1 over an unencrypted connection (http://). Use the server&apos;s https:// address.</source>
        <translation>Hindi ipinapadala ng SMM Desk ang login mo sa %1 sa koneksyong hindi naka-encrypt (http://). Gamitin ang https:// address ng server.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="566"/>
        <source>%1 on %2 is already connected.</source>
        <translation>Nakakonekta na ang %1 sa %2.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="569"/>
        <source>%1 needs a password or token to connect; none was given.</source>
        <translation>Kailangan ng %1 ng password o token para kumonekta; walang ibinigay.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="574"/>
        <source>SMM Desk posts to %1 with your help (assisted publishing) and needs no password for it.</source>
        <translation>Sa %1, nagpo-post ang SMM Desk sa tulong mo (paalala lang, ikaw ang magpo-post) at hindi nito kailangan ng password.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="580"/>
        <source>The saved password or token is missing. Reconnect the account.</source>
        <translation>Nawawala ang naka-save na password o token. I-reconnect ang account.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="585"/>
        <source>%1 did not accept the login. Check it and connect the account again.</source>
        <translation>Hindi tinanggap ng %1 ang login. Suriin ito at ikonekta ulit ang account.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="589"/>
        <source>%1 refused the connection. Check the account&apos;s details and try again.</source>
        <translation>Tinanggihan ng %1 ang koneksyon. Suriin ang mga detalye ng account at subukan ulit.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="593"/>
        <source>SMM Desk could not reach %1. Check the internet connection and try again.</source>
        <translation>Hindi maabot ng SMM Desk ang %1. Suriin ang koneksyon sa internet at subukan ulit.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="597"/>
        <source>%1 asks SMM Desk to slow down. Wait a few minutes and try again.</source>
        <translation>Hinihiling ng %1 na bumagal ang SMM Desk. Maghintay nang ilang minuto at subukan ulit.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="601"/>
        <source>%1 had a problem on its side. Try again later.</source>
        <translation>Nagkaproblema sa panig ng %1. Subukan ulit mamaya.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="605"/>
        <source>SMM Desk could not use the system&apos;s keyring, where it keeps your logins. Check that the keyring is unlocked, then try again.</source>
        <translation>Hindi magamit ng SMM Desk ang keyring ng system, kung saan nito itinatago ang mga login mo. Tiyaking naka-unlock ang keyring, saka subukan ulit.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="608"/>
        <source>Only VK accounts take a user token.</source>
        <translation>VK account lang ang tumatanggap ng user token.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="609"/>
        <source>Paste the user token first.</source>
        <translation>I-paste muna ang user token.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="611"/>
        <source>This user token cannot upload photos for the community: create it as an administrator of the community with the rights photos and wall.</source>
        <translation>Hindi makakapag-upload ng larawan para sa community ang user token na ito: gawin ito bilang administrator ng community na may mga pahintulot na photos at wall.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="614"/>
        <source>%1 was removed.</source>
        <translation>Inalis ang %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="617"/>
        <source>%1 was disconnected and its login deleted. Its past posts stay in the plan; %n scheduled post(s) went back to drafts.</source>
        <translation>
            <numerusform>Na-disconnect ang %1 at nabura ang login nito. Mananatili sa plano ang mga nakaraang post nito; %n naka-schedule na post ang ibinalik sa draft.</numerusform>
            <numerusform>Na-disconnect ang %1 at nabura ang login nito. Mananatili sa plano ang mga nakaraang post nito; %n naka-schedule na post ang ibinalik sa draft.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="624"/>
        <source>Removed: its saved login was deleted.</source>
        <translation>Inalis: nabura ang naka-save nitong login.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="627"/>
        <source>The saved login of this account is missing. Reconnect it in Accounts.</source>
        <translation>Nawawala ang naka-save na login ng account na ito. I-reconnect ito sa Mga Account.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="630"/>
        <source>VK lets only a person, not a community token, upload photos to a wall. Post this one on VK yourself, or add a user token to this account in Accounts so SMM Desk can send photos next time.</source>
        <translation>Sa VK, tao lang, hindi community token, ang puwedeng mag-upload ng larawan sa wall. Ikaw na mismo ang mag-post nito sa VK, o magdagdag ng user token sa account na ito sa Mga Account para maipadala ng SMM Desk ang mga larawan sa susunod.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="635"/>
        <source>An image of this post cannot be prepared. Replace it and try again.</source>
        <translation>Hindi maihanda ang isang larawan ng post na ito. Palitan ito at subukan ulit.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="638"/>
        <source>Sending stopped on an unexpected error (%1).</source>
        <translation>Huminto ang pagpapadala dahil sa hindi inaasahang error (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="642"/>
        <source>Sending stopped on an unexpected error (%1). SMM Desk will try again; the details are in its log.</source>
        <translation>Huminto ang pagpapadala dahil sa hindi inaasahang error (%1). Susubukan ulit ng SMM Desk; nasa log nito ang mga detalye.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="649"/>
        <source>Sending stopped on an unexpected error (%1). The post may have gone out: look at the platform; if it is there, mark it as published, if not, send it again.</source>
        <translation>Huminto ang pagpapadala dahil sa hindi inaasahang error (%1). Baka naipadala na ang post: tingnan sa platform; kung nandoon ito, markahan itong na-publish, kung wala, ipadala ulit.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="657"/>
        <source>The answer of %1 to this post was lost or unreadable, so SMM Desk cannot know whether it went out. Look at %1: if the post is there, mark it as published; if not, send it again.</source>
        <translation>Nawala o hindi mabasa ang sagot ng %1 sa post na ito, kaya hindi malaman ng SMM Desk kung naipadala ito. Tingnan sa %1: kung nandoon ang post, markahan itong na-publish; kung wala, ipadala ulit.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="667"/>
        <source>SMM Desk stopped before sending this post; it will be sent now.</source>
        <translation>Huminto ang SMM Desk bago maipadala ang post na ito; ipapadala ito ngayon.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="671"/>
        <source>SMM Desk stopped while sending this post to %1. It will check and finish the job without posting twice.</source>
        <translation>Huminto ang SMM Desk habang ipinapadala ang post na ito sa %1. Susuriin nito at tatapusin ang trabaho nang hindi nagpo-post nang dalawang beses.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="679"/>
        <source>SMM Desk stopped while sending this post to %1, so it cannot know whether it went out. Look at %1: if the post is there, mark it as published; if not, send it again.</source>
        <translation>Huminto ang SMM Desk habang ipinapadala ang post na ito sa %1, kaya hindi nito malaman kung naipadala ito. Tingnan sa %1: kung nandoon ang post, markahan itong na-publish; kung wala, ipadala ulit.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="689"/>
        <source>Waiting: %1 on %2 is switched off. Turn it on in Accounts to send this post.</source>
        <translation>Naghihintay: naka-off ang %1 sa %2. I-on ito sa Mga Account para maipadala ang post na ito.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="694"/>
        <source>Waiting for %1 on %2 to be reconnected in Accounts; then this post goes out.</source>
        <translation>Naghihintay na ma-reconnect ang %1 sa %2 sa Mga Account; saka ipapadala ang post na ito.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="699"/>
        <source>This post is %1 now; nothing was changed.</source>
        <translation>Ang estado ngayon ng post na ito: %1. Walang binago.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="702"/>
        <source>This post is %1 now; there is nothing to retry.</source>
        <translation>Ang estado ngayon ng post na ito: %1. Walang dapat ulitin.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="705"/>
        <source>%1 on %2 needs reconnecting first: open Accounts, reconnect it, then retry.</source>
        <translation>Kailangan munang i-reconnect ang %1 sa %2: buksan ang Mga Account, i-reconnect ito, saka ulitin.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="710"/>
        <source>%1 on %2 is switched off: turn it on in Accounts, then retry.</source>
        <translation>Naka-off ang %1 sa %2: i-on ito sa Mga Account, saka ulitin.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="717"/>
        <source>Could not run %1 (%2). Set it up by hand as described in the help (docs/publishing.md).</source>
        <translation>Hindi mapatakbo ang %1 (%2). I-set up ito nang mano-mano gaya ng paliwanag sa help (docs/publishing.md).</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="725"/>
        <source>%1 refused (exit code %2). Set it up by hand as described in the help (docs/publishing.md).</source>
        <translation>Tumanggi ang %1 (exit code %2). I-set up ito nang mano-mano gaya ng paliwanag sa help (docs/publishing.md).</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="731"/>
        <source>Demo account: nothing is sent from the demo workspace.</source>
        <translation>Demo account: walang ipinapadala mula sa demo workspace.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="733"/>
        <source>%1 is over 50 MB: is it really a stats export?</source>
        <translation>Lampas 50 MB ang %1: stats export ba talaga ito?</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="735"/>
        <source>File not found: %1</source>
        <translation>Hindi makita ang file: %1</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="736"/>
        <source>%1 is a folder, not a CSV file.</source>
        <translation>Folder ang %1, hindi CSV file.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="738"/>
        <source>%1 is not a CSV text file (an Excel .xlsx? Save it as CSV first).</source>
        <translation>Hindi CSV text file ang %1 (Excel .xlsx ba? I-save muna ito bilang CSV).</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="741"/>
        <source>%1 is empty.</source>
        <translation>Walang laman ang %1.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="743"/>
        <source>There is no account with id %1.</source>
        <translation>Walang account na may id na %1.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="747"/>
        <source>Several accounts could be meant; choose one of: %1.</source>
        <translation>Higit sa isang account ang puwedeng tinutukoy; pumili sa: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="750"/>
        <source>%1 does not look like a “%2” file: it has no column %3. Its columns are: %4.</source>
        <translation>Mukhang hindi “%2” file ang %1: wala itong column na %3. Ang mga column nito: %4.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="756"/>
        <source>The import was stopped; nothing was stored.</source>
        <translation>Itinigil ang import; walang na-save.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="757"/>
        <source>No post id or link.</source>
        <translation>Walang post id o link.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="759"/>
        <source>%1: “%2” is not a date.</source>
        <translation>%1: hindi petsa ang “%2”.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="762"/>
        <source>%1: “%2” is not a number.</source>
        <translation>%1: hindi numero ang “%2”.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="765"/>
        <source>No publish time, for a post SMM Desk does not know yet.</source>
        <translation>Walang oras ng pag-publish, para sa post na hindi pa kilala ng SMM Desk.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="767"/>
        <source>No date.</source>
        <translation>Walang petsa.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="769"/>
        <source>%1: a figure cannot be negative (%2).</source>
        <translation>%1: hindi puwedeng negatibo ang numero (%2).</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="773"/>
        <source>No figures in this row.</source>
        <translation>Walang numero sa row na ito.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="775"/>
        <source>%1: enter a number.</source>
        <translation>%1: maglagay ng numero.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="778"/>
        <source>%1: enter zero or a positive number.</source>
        <translation>%1: maglagay ng zero o positibong numero.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="780"/>
        <source>Unknown figures: %1.</source>
        <translation>Hindi kilalang numero: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="781"/>
        <source>That post no longer exists.</source>
        <translation>Wala na ang post na iyon.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="782"/>
        <source>That account no longer exists.</source>
        <translation>Wala na ang account na iyon.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="784"/>
        <source>Currency: use the three-letter code, e.g. EUR or USD.</source>
        <translation>Currency: gamitin ang code na may tatlong letra, hal. EUR o USD.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="786"/>
        <source>Platform: choose where the ad ran.</source>
        <translation>Platform: piliin kung saan tumakbo ang ad.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="788"/>
        <source>This post was deleted meanwhile; nothing was changed.</source>
        <translation>Nabura na pala ang post na ito; walang binago.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="791"/>
        <source>This post was deleted meanwhile; nothing was copied.</source>
        <translation>Nabura na pala ang post na ito; walang nakopya.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="794"/>
        <source>A published post stays in the plan as a record; it can&apos;t be deleted.</source>
        <translation>Mananatili sa plano bilang tala ang na-publish na post; hindi ito mabubura.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="798"/>
        <source>This post is a draft: open it, check it and schedule it first.</source>
        <translation>Draft ang post na ito: buksan ito, suriin at i-schedule muna.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="801"/>
        <source>Only a post with a date can be copied onto a time.</source>
        <translation>Post na may petsa lang ang puwedeng kopyahin sa isang oras.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="804"/>
        <source>Pick at least one account for this post before scheduling it.</source>
        <translation>Pumili ng kahit isang account para sa post na ito bago ito i-schedule.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="808"/>
        <source>%1 has no posting times yet. Add some (e.g. Tue 12:30) in the account&apos;s queue settings.</source>
        <translation>Wala pang oras ng pag-post ang %1. Magdagdag (hal. Tue 12:30) sa setting ng pila ng account.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="814"/>
        <source>Every posting time of %1 is taken for the next year. Add more posting times.</source>
        <translation>Puno na ang bawat oras ng pag-post ng %1 para sa susunod na taon. Magdagdag pa ng oras ng pag-post.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="817"/>
        <source>Give the rubric a name, e.g. “Useful tips”.</source>
        <translation>Bigyan ng pangalan ang rubrik, hal. “Kapaki-pakinabang na tips”.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="819"/>
        <source>A rubric name can have at most %n character(s).</source>
        <translation>
            <numerusform>Hanggang %n character lang ang pangalan ng rubrik.</numerusform>
            <numerusform>Hanggang %n character lang ang pangalan ng rubrik.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="822"/>
        <source>“%1” is not a colour like #3a7bd5.</source>
        <translation>Hindi kulay na gaya ng #3a7bd5 ang “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="825"/>
        <source>A target share is between %1 and %2.</source>
        <translation>Nasa pagitan ng %1 at %2 ang target na bahagi.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="830"/>
        <source>There is already a rubric called “%1”.</source>
        <translation>May rubrik nang tinatawag na “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="833"/>
        <source>The target shares would add up to more than 100%; at most %1 is left.</source>
        <translation>Lalampas sa 100% ang kabuuan ng mga target na bahagi; %1 na lang ang natitira.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="836"/>
        <source>This rubric was deleted meanwhile.</source>
        <translation>Nabura na pala ang rubrik na ito.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="837"/>
        <source>This account was removed meanwhile.</source>
        <translation>Naalis na pala ang account na ito.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="839"/>
        <source>“%1” is not a posting time like “Tue 12:30”. %2</source>
        <translation>Hindi oras ng pag-post na gaya ng “Tue 12:30” ang “%1”. %2</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="844"/>
        <source>“%1” is not a weekday. %2</source>
        <translation>Hindi araw ng linggo ang “%1”. %2</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="847"/>
        <source>“%1” is not a time of day. %2</source>
        <translation>Hindi oras ng araw ang “%1”. %2</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="850"/>
        <source>This import can&apos;t be redone; import the file again.</source>
        <translation>Hindi na ma-redo ang import na ito; i-import ulit ang file.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="852"/>
        <source>The file %1 does not exist.</source>
        <translation>Wala ang file na %1.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="854"/>
        <source>The file is empty: it needs a header row with %1.</source>
        <translation>Walang laman ang file: kailangan nito ng header row na may %1.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="859"/>
        <source>The column “%1” appears twice. Keep one and delete the other, then try again.</source>
        <translation>Dalawang beses lumalabas ang column na “%1”. Itira ang isa at burahin ang isa pa, saka subukan ulit.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="864"/>
        <source>The file has more than %n post(s); SMM Desk imports at most %n at a time. Split it into smaller files.</source>
        <translation>
            <numerusform>Mahigit %n post ang file; hanggang %n lang ang ini-import ng SMM Desk nang sabay-sabay. Hatiin ito sa mas maliliit na file.</numerusform>
            <numerusform>Mahigit %n post ang file; hanggang %n lang ang ini-import ng SMM Desk nang sabay-sabay. Hatiin ito sa mas maliliit na file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="870"/>
        <source>A cell has more than %n character(s), far longer than any post. Check that this is the right file, or shorten the cell.</source>
        <translation>
            <numerusform>May cell na mahigit %n character, mas mahaba kaysa anumang post. Tiyaking ito ang tamang file, o paikliin ang cell.</numerusform>
            <numerusform>May cell na mahigit %n character, mas mahaba kaysa anumang post. Tiyaking ito ang tamang file, o paikliin ang cell.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="876"/>
        <source>The file is not UTF-8 text. In your spreadsheet app choose “CSV UTF-8” when saving.</source>
        <translation>Hindi UTF-8 text ang file. Sa spreadsheet app mo, piliin ang “CSV UTF-8” kapag nagse-save.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="880"/>
        <source>The file is not a valid CSV file. Save it again from your spreadsheet app as CSV.</source>
        <translation>Hindi wastong CSV file ang file. I-save ulit ito bilang CSV mula sa spreadsheet app mo.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="883"/>
        <source>The image %1 can&apos;t be read.</source>
        <translation>Hindi mabasa ang larawang %1.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="887"/>
        <source>%1 asked SMM Desk to slow down; the figures are fetched again after %2.</source>
        <translation>Hiniling ng %1 na bumagal ang SMM Desk; kukunin ulit ang mga numero pagkalipas ng %2.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="893"/>
        <source>SMM Desk could not reach %1; the figures are fetched at the next refresh.</source>
        <translation>Hindi maabot ng SMM Desk ang %1; kukunin ang mga numero sa susunod na pag-refresh.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="898"/>
        <source>%1 no longer accepts the saved login. Open Accounts and reconnect the account.</source>
        <translation>Hindi na tinatanggap ng %1 ang naka-save na login. Buksan ang Mga Account at i-reconnect ang account.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="904"/>
        <location filename="../../ui/problem_words.py" line="911"/>
        <source>%1 did not give the figures. SMM Desk tries again at the next refresh; if this stays, import the platform&apos;s stats file instead.</source>
        <translation>Hindi ibinigay ng %1 ang mga numero. Susubukan ulit ng SMM Desk sa susunod na pag-refresh; kung magpatuloy ito, i-import na lang ang stats file ng platform.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="918"/>
        <source>The figures from %1 could not be read. SMM Desk tries again at the next refresh.</source>
        <translation>Hindi mabasa ang mga numero mula sa %1. Susubukan ulit ng SMM Desk sa susunod na pag-refresh.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="923"/>
        <source>This account has no saved login. Open Accounts and reconnect it.</source>
        <translation>Walang naka-save na login ang account na ito. Buksan ang Mga Account at i-reconnect ito.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="926"/>
        <source>The saved password or token is missing. Open Accounts and reconnect the account.</source>
        <translation>Nawawala ang naka-save na password o token. Buksan ang Mga Account at i-reconnect ang account.</translation>
    </message>
</context>
<context>
    <name>PublishScheduleBox</name>
    <message>
        <location filename="../../ui/publishing/schedule_box.py" line="18"/>
        <source>Publish while SMM Desk is closed</source>
        <translation>Mag-publish kahit sarado ang SMM Desk</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/schedule_box.py" line="23"/>
        <source>Let this computer send your scheduled posts every 5 minutes, even when the SMM Desk window is closed (the computer must be on and you logged in).</source>
        <translation>Hayaang ipadala ng computer na ito ang mga naka-schedule mong post tuwing 5 minuto, kahit sarado ang window ng SMM Desk (dapat nakabukas ang computer at naka-log in ka).</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/schedule_box.py" line="30"/>
        <source>Turn on</source>
        <translation>I-on</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/schedule_box.py" line="32"/>
        <source>Turn off</source>
        <translation>I-off</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/schedule_box.py" line="52"/>
        <source>On: %1.</source>
        <translation>Naka-on: %1.</translation>
    </message>
    <message>
        <source>On: {what}.</source>
        <translation type="vanished">Naka-on: {what}.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/schedule_box.py" line="54"/>
        <source>Off. Posts go out only while SMM Desk is open.</source>
        <translation>Naka-off. Naipapadala lang ang mga post habang bukas ang SMM Desk.</translation>
    </message>
</context>
<context>
    <name>PublishingActions</name>
    <message>
        <location filename="../../ui/publishing/target_actions.py" line="77"/>
        <source>%1 @%2: not published</source>
        <translation>%1 @%2: hindi na-publish</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/target_actions.py" line="79"/>
        <source>%1 @%2: check whether it went out</source>
        <translation>%1 @%2: tingnan kung naipadala</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/target_actions.py" line="84"/>
        <source>See why</source>
        <translation>Bakit?</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/target_actions.py" line="89"/>
        <source>Retry</source>
        <translation>Ulitin</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/target_actions.py" line="136"/>
        <source>It will be sent in a moment.</source>
        <translation>Ipapadala ito sa ilang sandali.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/target_actions.py" line="157"/>
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
        <location filename="../../ui/publishing/ready_dialog.py" line="63"/>
        <source>Copy text again</source>
        <translation>Kopyahin ulit ang teksto</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/ready_dialog.py" line="65"/>
        <source>Open photos folder</source>
        <translation>Buksan ang folder ng larawan</translation>
    </message>
    <message>
        <source>Open {platform}</source>
        <translation type="vanished">Buksan ang {platform}</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/ready_dialog.py" line="41"/>
        <source>Ready to post on %1</source>
        <translation>Handa nang i-post sa %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/publishing/ready_dialog.py" line="48"/>
        <source>It is time for this post. The text is copied: paste it on %1. The photos (%n) are in a folder, numbered in order. When it is up, mark it as posted.</source>
        <translation>
            <numerusform>Oras na para sa post na ito. Nakopya na ang teksto: i-paste ito sa %1. Nasa isang folder ang mga larawan (%n), may numero ayon sa pagkakasunod. Kapag naka-post na, markahan itong na-post.</numerusform>
            <numerusform>Oras na para sa post na ito. Nakopya na ang teksto: i-paste ito sa %1. Nasa isang folder ang mga larawan (%n), may numero ayon sa pagkakasunod. Kapag naka-post na, markahan itong na-post.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/publishing/ready_dialog.py" line="72"/>
        <source>Open %1</source>
        <translation>Buksan ang %1</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/ready_dialog.py" line="82"/>
        <source>Link to the post (optional)</source>
        <translation>Link sa post (opsyonal)</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/ready_dialog.py" line="86"/>
        <source>Later</source>
        <translation>Mamaya</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/ready_dialog.py" line="88"/>
        <source>Mark as posted</source>
        <translation>Markahang na-post</translation>
    </message>
</context>
<context>
    <name>ReconnectSoonButton</name>
    <message>
        <location filename="../../ui/accounts/expiry.py" line="58"/>
        <source>Reconnect %1 (%2): its login expired</source>
        <translation>I-reconnect ang %1 (%2): nag-expire na ang login nito</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/expiry.py" line="60"/>
        <source>Reconnect %1 (%2) by %3</source>
        <translation>I-reconnect ang %1 (%2) bago ang %3</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/expiry.py" line="61"/>
        <source>SMM Desk could not renew this login by itself. Click to reconnect it.</source>
        <translation>Hindi ma-renew ng SMM Desk ang login na ito nang mag-isa. I-click para i-reconnect ito.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/accounts/expiry.py" line="63"/>
        <source>%n more account(s) need the same.</source>
        <translation>
            <numerusform>%n pang account ang kailangan din nito.</numerusform>
            <numerusform>%n pang account ang kailangan din nito.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RubricCombo</name>
    <message>
        <location filename="../../ui/composer/widgets.py" line="276"/>
        <source>No rubric</source>
        <translation>Walang rubrik</translation>
    </message>
</context>
<context>
    <name>RubricsDialog</name>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="75"/>
        <source>Rubrics</source>
        <translation>Mga rubrik</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="79"/>
        <source>Rubrics are the kinds of post you make (product, tips, behind the scenes…). The target share is how much of your plan each should take.</source>
        <translation>Ang mga rubrik ay ang mga uri ng post na ginagawa mo (produkto, tips, behind the scenes…). Ang target na bahagi ay kung gaano karami sa plano mo ang dapat mapunta sa bawat isa.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="95"/>
        <source>Name</source>
        <translation>Pangalan</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="96"/>
        <source>Colour</source>
        <translation>Kulay</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="97"/>
        <source>Target share</source>
        <translation>Target na bahagi</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="104"/>
        <source>Add</source>
        <translation>Idagdag</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="105"/>
        <source>Save changes</source>
        <translation>I-save ang binago</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="106"/>
        <source>Delete</source>
        <translation>Burahin</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="151"/>
        <source>Rubric colour</source>
        <translation>Kulay ng rubrik</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="167"/>
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
        <location filename="../../ui/settings_page.py" line="122"/>
        <source>Printed at the top of your reports, with the logo you chose for your photos (Media).</source>
        <translation>Nakalimbag sa itaas ng mga ulat mo, kasama ang logo na pinili mo para sa mga larawan mo (Media).</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="130"/>
        <source>Language and time</source>
        <translation>Wika at oras</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="140"/>
        <source>Language</source>
        <translation>Wika</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="144"/>
        <source>Restart now</source>
        <translation>I-restart ngayon</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="160"/>
        <source>Gregorian</source>
        <translation>Gregorian</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="161"/>
        <source>Persian (Jalali)</source>
        <translation>Persian (Jalali)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="162"/>
        <source>Islamic</source>
        <translation>Islamiko</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="168"/>
        <source>Calendar</source>
        <translation>Kalendaryo</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="176"/>
        <source>Type a city or a country</source>
        <translation>Mag-type ng lungsod o bansa</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="178"/>
        <source>Time zone</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="180"/>
        <location filename="../../ui/settings_page.py" line="287"/>
        <source>Posting times are shown and scheduled in this time zone.</source>
        <translation>Ipinapakita at sini-schedule ang mga oras ng pag-post sa time zone na ito.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="186"/>
        <source>Your data</source>
        <translation>Ang data mo</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="189"/>
        <source>Data folder</source>
        <translation>Folder ng data</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="190"/>
        <source>Backups</source>
        <translation>Mga backup</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="191"/>
        <source>Log files</source>
        <translation>Mga log file</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="197"/>
        <source>Open</source>
        <translation>Buksan</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="202"/>
        <source>Photo hosting</source>
        <translation>Pag-host ng larawan</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="207"/>
        <source>Set up…</source>
        <translation>I-set up…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="218"/>
        <source>About SMM Desk…</source>
        <translation>Tungkol sa SMM Desk…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="273"/>
        <location filename="../../ui/settings_page.py" line="284"/>
        <source>Unknown time zone: pick one from the list.</source>
        <translation>Hindi kilalang time zone: pumili sa listahan.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="311"/>
        <source>SMM Desk restarts in %1 — your work is saved.</source>
        <translation>Magre-restart ang SMM Desk sa wikang %1 — naka-save ang trabaho mo.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="317"/>
        <source>The new language is used from the next start.</source>
        <translation>Gagamitin ang bagong wika sa susunod na pagbukas.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="333"/>
        <source>Not set up: Instagram posts, and Threads posts with photos, are assisted.</source>
        <translation>Hindi naka-set up: paalala lang ang mga Instagram post, at ang mga Threads post na may larawan.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="335"/>
        <source>Instagram and Threads photos go through bucket %1.</source>
        <translation>Dumadaan ang mga larawan ng Instagram at Threads sa bucket na %1.</translation>
    </message>
</context>
<context>
    <name>ShapeCombo</name>
    <message>
        <location filename="../../ui/composer/widgets.py" line="311"/>
        <source>Square 1:1</source>
        <translation>Parisukat 1:1</translation>
    </message>
    <message>
        <location filename="../../ui/composer/widgets.py" line="312"/>
        <source>Portrait 4:5</source>
        <translation>Patayo 4:5</translation>
    </message>
    <message>
        <location filename="../../ui/composer/widgets.py" line="313"/>
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
        <location filename="../../ui/report/labels.py" line="18"/>
        <location filename="../../ui/report/monthly.py" line="221"/>
        <source>Followers</source>
        <translation>Mga follower</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="19"/>
        <source>New followers</source>
        <translation>Bagong follower</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="20"/>
        <source>Growth</source>
        <translation>Paglago</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="21"/>
        <source>Posts published</source>
        <translation>Na-publish na post</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="51"/>
        <location filename="../../ui/dashboard/posts_model.py" line="26"/>
        <location filename="../../ui/report/labels.py" line="22"/>
        <source>Reach</source>
        <translation>Reach</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="52"/>
        <source>Likes</source>
        <translation>Likes</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="53"/>
        <source>Comments</source>
        <translation>Komento</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="54"/>
        <source>Shares</source>
        <translation>Shares</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="55"/>
        <source>Saves</source>
        <translation>Saves</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="56"/>
        <source>Link clicks</source>
        <translation>Link clicks</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="70"/>
        <source>Enter a post&apos;s figures</source>
        <translation>Ilagay ang numero ng isang post</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="74"/>
        <source>Copy the figures from the platform&apos;s app. Leave a figure at “—” if the platform does not show it. Earlier figures are kept.</source>
        <translation>Kopyahin ang mga numero mula sa app ng platform. Iwanang “—” ang numerong hindi ipinapakita ng platform. Itatago ang mga naunang numero.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="89"/>
        <location filename="../../ui/dashboard/posts_model.py" line="23"/>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="143"/>
        <source>Add ad spend</source>
        <translation>Magdagdag ng gastos sa ad</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="147"/>
        <source>Enter what a boosted post or an ad cost, as the ad manager shows it. Impressions, clicks and leads are optional; with them the Dashboard shows CPM, CPC and CPL.</source>
        <translation>Ilagay ang ginastos sa isang boosted post o ad, ayon sa ipinapakita ng ads manager. Opsyonal ang impressions, clicks at leads; kapag mayroon, ipapakita ng Dashboard ang CPM, CPC at CPL.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="159"/>
        <source>Day</source>
        <translation>Araw</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="161"/>
        <source>No particular account</source>
        <translation>Walang partikular na account</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/ad_spend_list.py" line="63"/>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="165"/>
        <location filename="../../ui/dashboard/import_dialog.py" line="120"/>
        <location filename="../../ui/dashboard/posts_model.py" line="22"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/ad_spend_list.py" line="60"/>
        <location filename="../../ui/dashboard/cards.py" line="117"/>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="169"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="171"/>
        <source>e.g. Weekend boost</source>
        <translation>hal. Boost sa weekend</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/ad_spend_list.py" line="50"/>
        <source>Money spent on ads, one line per day and campaign. It is used for cost per click, per thousand views, per lead and per new follower.</source>
        <translation>Perang ginastos sa ads, isang linya bawat araw at campaign. Ginagamit ito para sa gastos bawat click, bawat libong view, bawat lead at bawat bagong follower.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/ad_spend_list.py" line="61"/>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="172"/>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/ad_spend_list.py" line="62"/>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="176"/>
        <source>Amount</source>
        <translation>Halaga</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/ad_spend_list.py" line="59"/>
        <source>Date</source>
        <translation>Petsa</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/ad_spend_list.py" line="74"/>
        <source>No ad spend entered yet.</source>
        <translation>Wala pang nailagay na gastos sa ad.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/ad_spend_list.py" line="77"/>
        <source>Add…</source>
        <translation>Idagdag…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/ad_spend_list.py" line="78"/>
        <source>Delete</source>
        <translation>Burahin</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/ad_spend_list.py" line="139"/>
        <source>Delete ad spend</source>
        <translation>Burahin ang gastos sa ad</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/ad_spend_list.py" line="141"/>
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
        <location filename="../../ui/dashboard/entry_dialogs.py" line="180"/>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="182"/>
        <source>Ad impressions</source>
        <translation>Ad impressions</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="183"/>
        <source>Ad clicks</source>
        <translation>Ad clicks</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="184"/>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/posts_model.py" line="21"/>
        <source>When</source>
        <translation>Kailan</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/posts_model.py" line="24"/>
        <source>Engagement</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/posts_model.py" line="25"/>
        <location filename="../../ui/report/labels.py" line="23"/>
        <source>Interactions</source>
        <translation>Interaksyon</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/posts_model.py" line="90"/>
        <source>Double-click to open it</source>
        <translation>I-double click para buksan</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="24"/>
        <source>Engagement rate (by reach)</source>
        <translation>Engagement rate (reach)</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="25"/>
        <source>Engagement rate (by followers)</source>
        <translation>Engagement rate (follower)</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="26"/>
        <source>Reach rate</source>
        <translation>Reach rate</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="27"/>
        <source>Click-through rate</source>
        <translation>Click-through rate</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/ad_spend_list.py" line="45"/>
        <location filename="../../ui/report/labels.py" line="28"/>
        <source>Ad spend</source>
        <translation>Gastos sa ad</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="29"/>
        <source>Cost per 1,000 impressions (CPM)</source>
        <translation>Gastos bawat 1,000 impression (CPM)</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="30"/>
        <source>Cost per click (CPC)</source>
        <translation>Gastos bawat click (CPC)</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="31"/>
        <source>Cost per lead (CPL)</source>
        <translation>Gastos bawat lead (CPL)</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="32"/>
        <source>Cost per new follower</source>
        <translation>Gastos bawat bagong follower</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="36"/>
        <source>Followers at the end of the period, all chosen accounts together.</source>
        <translation>Mga follower sa dulo ng panahon, lahat ng napiling account nang magkakasama.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="39"/>
        <source>Followers at the end minus followers at the start of the period.</source>
        <translation>Mga follower sa dulo bawas ang mga follower sa simula ng panahon.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="42"/>
        <source>Growth: (followers at the end − followers at the start) / followers at the start.</source>
        <translation>Paglago: (follower sa dulo − follower sa simula) / follower sa simula.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="45"/>
        <source>Posts published in the period, per account.</source>
        <translation>Mga post na na-publish sa panahon, bawat account.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="46"/>
        <source>Reach: the people who saw the period&apos;s posts, added up over the posts.</source>
        <translation>Reach: ang mga taong nakakita sa mga post ng panahon, pinagsama-sama sa lahat ng post.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="49"/>
        <source>Interactions: likes + comments + shares + saves, counting those the platform reports.</source>
        <translation>Interaksyon: likes + komento + shares + saves, ang mga iniuulat lang ng platform.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="53"/>
        <source>Engagement rate by reach: interactions / reach, over posts that have a reach.</source>
        <translation>Engagement rate ayon sa reach: interaksyon / reach, sa mga post na may reach.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="56"/>
        <source>Engagement rate by followers: interactions per post / followers.</source>
        <translation>Engagement rate ayon sa follower: interaksyon bawat post / follower.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="59"/>
        <source>Reach rate: reach per post / followers.</source>
        <translation>Reach rate: reach bawat post / follower.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="60"/>
        <source>Click-through rate: clicks / impressions (or reach, without impressions).</source>
        <translation>Click-through rate: clicks / impressions (o reach, kung walang impressions).</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="63"/>
        <source>Money spent on ads in the period, as entered.</source>
        <translation>Perang ginastos sa ads sa panahong ito, ayon sa inilagay.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="64"/>
        <source>CPM: ad spend per 1,000 ad impressions.</source>
        <translation>CPM: gastos sa ad bawat 1,000 ad impression.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="65"/>
        <source>CPC: ad spend / ad clicks.</source>
        <translation>CPC: gastos sa ad / ad clicks.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="66"/>
        <source>CPL: ad spend / leads.</source>
        <translation>CPL: gastos sa ad / leads.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="67"/>
        <source>Cost per new follower: ad spend / new followers in the period.</source>
        <translation>Gastos bawat bagong follower: gastos sa ad / bagong follower sa panahon.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="73"/>
        <source>likes</source>
        <translation>likes</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="74"/>
        <source>comments</source>
        <translation>komento</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="75"/>
        <source>shares</source>
        <translation>shares</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="76"/>
        <source>saves</source>
        <translation>saves</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="77"/>
        <source>impressions</source>
        <translation>impressions</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="78"/>
        <source>reach</source>
        <translation>reach</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="79"/>
        <source>clicks</source>
        <translation>clicks</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="80"/>
        <source>followers</source>
        <translation>follower</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="81"/>
        <source>reach of the day</source>
        <translation>reach sa araw</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="82"/>
        <source>views of the day</source>
        <translation>views sa araw</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="83"/>
        <source>new followers</source>
        <translation>bagong follower</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="84"/>
        <source>lost followers</source>
        <translation>nawalang follower</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="94"/>
        <source>Mon</source>
        <translation>Lun</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="95"/>
        <source>Tue</source>
        <translation>Mar</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="96"/>
        <source>Wed</source>
        <translation>Miy</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="97"/>
        <source>Thu</source>
        <translation>Huw</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="98"/>
        <source>Fri</source>
        <translation>Biy</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="99"/>
        <source>Sat</source>
        <translation>Sab</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="100"/>
        <source>Sun</source>
        <translation>Lin</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="127"/>
        <source>not enough data</source>
        <translation>kulang ang data</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="134"/>
        <source>Counted here: %1.</source>
        <translation>Binilang dito: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="159"/>
        <source>pp</source>
        <translation>pp</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="197"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="214"/>
        <source>Monthly report: %1</source>
        <translation>Buwanang ulat: %1</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="216"/>
        <source>Weekly report: %1</source>
        <translation>Lingguhang ulat: %1</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="218"/>
        <source>Report for %1</source>
        <translation>Ulat para sa %1</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="220"/>
        <source>Report on %1: %2</source>
        <translation>Ulat ng %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="238"/>
        <source>Reach %1 on the period before.</source>
        <translation>Reach: %1 kumpara sa nakaraang panahon.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="241"/>
        <source>Reach: %1 (nothing to compare with yet).</source>
        <translation>Reach: %1 (wala pang maikukumpara).</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="248"/>
        <source>%1 engaged best (%2 engagement rate).</source>
        <translation>Pinakamataas ang engagement sa %1 (%2 engagement rate).</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="258"/>
        <source>Posts in “%1” did best (%2 engagement rate).</source>
        <translation>Pinakamaganda ang resulta ng mga post sa “%1” (%2 engagement rate).</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="267"/>
        <source>Post more on %1 around %2: your posts at that time did best.</source>
        <translation>Mag-post nang mas madalas tuwing %1 bandang %2: pinakamaganda ang resulta ng mga post mo sa oras na iyon.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="276"/>
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
        <location filename="../../ui/dashboard/cards.py" line="111"/>
        <source>Reach and engagement of each platform&apos;s posts in the period.</source>
        <translation>Reach at engagement ng mga post ng bawat platform sa panahong ito.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="122"/>
        <source>Followers over time</source>
        <translation>Mga follower sa paglipas ng panahon</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="129"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="133"/>
        <source>Followers are counted once a day while SMM Desk runs, or imported from a daily stats file.</source>
        <translation>Binibilang ang mga follower isang beses bawat araw habang tumatakbo ang SMM Desk, o ini-import mula sa araw-araw na stats file.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="141"/>
        <location filename="../../ui/report/monthly.py" line="227"/>
        <source>Engagement rate per post</source>
        <translation>Engagement rate bawat post</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/charts.py" line="147"/>
        <location filename="../../ui/dashboard/charts.py" line="165"/>
        <location filename="../../ui/dashboard/charts.py" line="231"/>
        <location filename="../../ui/report/monthly.py" line="286"/>
        <location filename="../../ui/report/monthly.py" line="335"/>
        <source>%n posts</source>
        <translation>
            <numerusform>%n post</numerusform>
            <numerusform>%n post</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/charts.py" line="150"/>
        <source>%n without a reach figure left out</source>
        <translation>
            <numerusform>%n na walang reach ang hindi isinama</numerusform>
            <numerusform>%n na walang reach ang hindi isinama</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="212"/>
        <source>Suggested: %1, the darkest cell (outlined)</source>
        <translation>Mungkahi: %1, ang pinakamadilim na kahon (may balangkas)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="217"/>
        <source>next best: %1</source>
        <translation>pangalawa: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="222"/>
        <source>No suggestion yet: every hour you posted at has fewer than %1 posts (grey), too few to trust.</source>
        <translation>Wala pang mungkahi: kulang sa %1 post (abo) ang bawat oras na pinag-postan mo, masyadong kaunti para pagkatiwalaan.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="230"/>
        <source>%1 of the last %2; grey: fewer than %3 posts</source>
        <translation>%1 sa huling %2; abo: kulang sa %3 post</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/charts.py" line="232"/>
        <location filename="../../ui/report/labels.py" line="221"/>
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
        <location filename="../../ui/dashboard/charts.py" line="168"/>
        <source>ER %1</source>
        <translation>ER %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="170"/>
        <source>Too few posts to trust</source>
        <translation>Masyadong kaunti ang post para pagkatiwalaan</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="197"/>
        <source>Best time to post</source>
        <translation>Pinakamagandang oras mag-post</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="199"/>
        <source>From your own posts: the mean engagement rate of the posts published in each hour of each weekday. The number is how many posts; grey cells have too few to trust.</source>
        <translation>Mula sa sarili mong mga post: ang karaniwang engagement rate ng mga post na na-publish sa bawat oras ng bawat araw ng linggo. Ang numero ay kung ilang post; masyadong kaunti ang sa mga kulay-abong cell para pagkatiwalaan.</translation>
    </message>
    <message>
        <source>Suggested: %1</source>
        <translation type="vanished">Mungkahi: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="228"/>
        <source>Not enough posts yet for a suggestion.</source>
        <translation>Kulang pa ang post para sa mungkahi.</translation>
    </message>
    <message>
        <source>%1 posts of the last %2 days; grey: fewer than %3 posts</source>
        <translation type="vanished">%1 post sa %2 araw; abo: kulang sa %3 post</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="243"/>
        <source>Rubric performance</source>
        <translation>Resulta ng bawat rubrik</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="245"/>
        <source>Blue: the rubric&apos;s share of the period&apos;s posts. Grey: its share in your plan. The engagement rate is the mean over the rubric&apos;s posts.</source>
        <translation>Asul: bahagi ng rubrik sa mga post ng panahon. Abo: bahagi nito sa plano mo. Ang engagement rate ay ang karaniwan sa mga post ng rubrik.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="254"/>
        <source>Blue: share of posts · grey: share in the plan</source>
        <translation>Asul: bahagi ng post · abo: bahagi sa plano</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="70"/>
        <source>Line</source>
        <translation>Linya</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="71"/>
        <source>What happens</source>
        <translation>Mangyayari</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="72"/>
        <source>Figures or problem</source>
        <translation>Numero o problema</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="52"/>
        <source>new post, imported</source>
        <translation>bagong post, na-import</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="52"/>
        <source>imported</source>
        <translation>na-import</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="53"/>
        <source>already imported</source>
        <translation>na-import na dati</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="54"/>
        <source>skipped</source>
        <translation>nilaktawan</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="87"/>
        <location filename="../../ui/dashboard/page.py" line="181"/>
        <source>Import a stats file</source>
        <translation>Mag-import ng stats file</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="95"/>
        <source>Download the stats file from the platform (for Instagram and Facebook: Meta Business Suite › Insights › Content › Export; for X: Analytics › Export data; for VK: Statistics › Export), then choose it here. Nothing is stored until you press Import.</source>
        <translation>I-download ang stats file mula sa platform (para sa Instagram at Facebook: Meta Business Suite › Insights › Content › Export; para sa X: Analytics › Export data; para sa VK: Statistics › Export), saka piliin ito rito. Walang mase-save hangga&apos;t hindi mo pinipindot ang I-import.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="106"/>
        <source>The .csv file</source>
        <translation>Ang .csv file</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="107"/>
        <source>Choose…</source>
        <translation>Pumili…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="111"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="115"/>
        <source>Kind of file</source>
        <translation>Uri ng file</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="117"/>
        <source>The only account of that platform</source>
        <translation>Ang nag-iisang account sa platform na iyon</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="137"/>
        <source>Import</source>
        <translation>I-import</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="149"/>
        <source>Choose the stats file</source>
        <translation>Piliin ang stats file</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="149"/>
        <source>CSV files (*.csv *.txt)</source>
        <translation>Mga CSV file (*.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="163"/>
        <source>Stopping…</source>
        <translation>Itinitigil…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="217"/>
        <source>Reading the file…</source>
        <translation>Binabasa ang file…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="251"/>
        <source>For %1: %2, %3 already imported, %4 with a problem (they are skipped).</source>
        <translation>Para sa %1: %2, %3 na-import na, %4 may problema (lalaktawan ang mga ito).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/import_dialog.py" line="253"/>
        <source>%n rows to import</source>
        <translation>
            <numerusform>%n row na ii-import</numerusform>
            <numerusform>%n row na ii-import</numerusform>
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
            <numerusform>Na-import ang %n numero</numerusform>
            <numerusform>Na-import ang %n numero</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/import_dialog.py" line="279"/>
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
        <location filename="../../ui/dashboard/import_dialog.py" line="265"/>
        <source>Importing…</source>
        <translation>Ini-import…</translation>
    </message>
    <message>
        <source>Imported %1 figures; %2 posts were new to SMM Desk.</source>
        <translation type="vanished">Na-import ang %1 numero; %2 post ang bago sa SMM Desk.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="123"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="128"/>
        <source>Show one account or all of them together</source>
        <translation>Ipakita ang isang account o lahat nang sabay</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="133"/>
        <source>Add figures</source>
        <translation>Magdagdag</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="137"/>
        <source>Import a stats file, or enter figures by hand</source>
        <translation>Mag-import ng stats file, o mano-manong maglagay ng numero</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="139"/>
        <source>Import a stats file…</source>
        <translation>Mag-import ng stats file…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="141"/>
        <source>Enter a post&apos;s figures…</source>
        <translation>Ilagay ang numero ng post…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="143"/>
        <source>Add ad spend…</source>
        <translation>Magdagdag ng gastos sa ad…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="144"/>
        <source>Ad spend entries…</source>
        <translation>Mga gastos sa ad…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="146"/>
        <source>Report…</source>
        <translation>Ulat…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="148"/>
        <source>Save this period as a PDF report, with its numbers as CSV beside it</source>
        <translation>I-save ang panahong ito bilang PDF na ulat, kasama ang mga numero bilang CSV</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="150"/>
        <source>Refresh</source>
        <translation>I-refresh</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="151"/>
        <source>Fetch the latest figures from the platforms</source>
        <translation>Kunin ang pinakabagong numero mula sa mga platform</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="163"/>
        <source>Open</source>
        <translation>Buksan</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="165"/>
        <source>Open the saved report</source>
        <translation>Buksan ang na-save na ulat</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="176"/>
        <source>See what works</source>
        <translation>Tingnan kung ano ang epektibo</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="178"/>
        <source>Your followers, reach and best posts appear here once there are figures: connect an account, or import the stats file a platform lets you download.</source>
        <translation>Lalabas dito ang mga follower, reach at pinakamagandang post mo kapag may numero na: magkonekta ng account, o mag-import ng stats file na puwedeng i-download sa platform.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="192"/>
        <source>Best post</source>
        <translation>Pinakamagandang post</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="212"/>
        <location filename="../../ui/report/monthly.py" line="300"/>
        <source>Top posts</source>
        <translation>Nangungunang post</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="213"/>
        <location filename="../../ui/report/monthly.py" line="304"/>
        <source>Posts that worked least</source>
        <translation>Mga post na pinakamahina</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="264"/>
        <location filename="../../ui/report/monthly.py" line="150"/>
        <source>All accounts</source>
        <translation>Lahat ng account</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="290"/>
        <source>Loading…</source>
        <translation>Naglo-load…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="305"/>
        <source>The figures could not be loaded: %1</source>
        <translation>Hindi ma-load ang mga numero: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="335"/>
        <source>%1 new</source>
        <translation>%1 bago</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="348"/>
        <location filename="../../ui/dashboard/page.py" line="356"/>
        <source>The post with the highest engagement rate by reach in the period.</source>
        <translation>Ang post na may pinakamataas na engagement rate ayon sa reach sa panahong ito.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="369"/>
        <source>%1, compared with %2</source>
        <translation>%1, kumpara sa %2</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="411"/>
        <source>Save the report</source>
        <translation>I-save ang ulat</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="411"/>
        <source>PDF files (*.pdf)</source>
        <translation>Mga PDF file (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="443"/>
        <source>Report saved: %1</source>
        <translation>Na-save ang ulat: %1</translation>
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
        <translation>Wala sa mga account mo ang mababasa nang live: i-import ang mga stats file nila.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_bar.py" line="116"/>
        <source>Stopped; the figures fetched so far are kept.</source>
        <translation>Itinigil; itatago ang mga numerong nakuha na.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_bar.py" line="151"/>
        <source>Stop</source>
        <extracomment>the last refresh&apos;s English lines behind its notice (``report_details``)</extracomment>
        <translation>Itigil</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_bar.py" line="153"/>
        <source>Stop fetching after the account being read now; what arrived is kept</source>
        <translation>Itigil pagkatapos ng account na binabasa ngayon; itatago ang mga dumating na</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_bar.py" line="177"/>
        <source>The demo workspace shows made-up figures; it never fetches from the platforms.</source>
        <translation>Gawa-gawang numero ang ipinapakita ng demo workspace; hindi ito kumukuha kailanman sa mga platform.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_bar.py" line="189"/>
        <source>Stopping after the account being read now…</source>
        <translation>Ititigil pagkatapos ng account na binabasa ngayon…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_bar.py" line="196"/>
        <source>Fetching the latest figures…</source>
        <translation>Kinukuha ang pinakabagong numero…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_bar.py" line="203"/>
        <source>Fetching the figures of %1 (%2 of %3)…</source>
        <translation>Kinukuha ang numero ng %1 (%2 sa %3)…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_bar.py" line="218"/>
        <source>The figures could not be fetched: %1</source>
        <translation>Hindi makuha ang mga numero: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/period_picker.py" line="46"/>
        <source>Last 7 days</source>
        <translation>Huling 7 araw</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/period_picker.py" line="47"/>
        <source>Last 30 days</source>
        <translation>Huling 30 araw</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/period_picker.py" line="48"/>
        <source>Last 90 days</source>
        <translation>Huling 90 araw</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/period_picker.py" line="49"/>
        <source>This month</source>
        <translation>Ngayong buwan</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/period_picker.py" line="50"/>
        <source>Last month</source>
        <translation>Nakaraang buwan</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/period_picker.py" line="51"/>
        <source>Custom…</source>
        <translation>Custom…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/period_picker.py" line="57"/>
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
        <location filename="../../ui/report/monthly.py" line="152"/>
        <source>%1 · %2, compared with %3</source>
        <translation>%1 · %2, kumpara sa %3</translation>
    </message>
    <message>
        <location filename="../../ui/report/monthly.py" line="178"/>
        <source>This period</source>
        <translation>Panahong ito</translation>
    </message>
    <message>
        <location filename="../../ui/report/monthly.py" line="178"/>
        <source>Previous</source>
        <translation>Nakaraan</translation>
    </message>
    <message>
        <location filename="../../ui/report/monthly.py" line="178"/>
        <source>Change</source>
        <translation>Pagbabago</translation>
    </message>
    <message>
        <location filename="../../ui/report/monthly.py" line="285"/>
        <source>Best time to post (%1; grey: fewer than %2 posts, too few to trust)</source>
        <translation>Pinakamagandang oras mag-post (%1; abo: mas kaunti sa %2 post, masyadong kaunti para pagkatiwalaan)</translation>
    </message>
    <message>
        <location filename="../../ui/report/monthly.py" line="314"/>
        <source>By platform</source>
        <translation>Ayon sa platform</translation>
    </message>
    <message>
        <location filename="../../ui/report/monthly.py" line="334"/>
        <source>%1 · reach %2 · interactions %3 · engagement rate %4</source>
        <translation>%1 · reach %2 · interaksyon %3 · engagement rate %4</translation>
    </message>
    <message>
        <location filename="../../ui/report/monthly.py" line="366"/>
        <source>%1 · engagement rate %2 · reach %3</source>
        <translation>%1 · engagement rate %2 · reach %3</translation>
    </message>
    <message>
        <source>Best time to post (%1 posts; grey: fewer than %2 posts, too few to trust)</source>
        <translation type="vanished">Pinakamagandang oras mag-post (%1 post; abo: mas kaunti sa %2 post, masyadong kaunti para pagkatiwalaan)</translation>
    </message>
    <message>
        <location filename="../../ui/report/monthly.py" line="296"/>
        <source>Rubric mix: share of posts against the plan, and engagement</source>
        <translation>Halo ng rubrik: bahagi ng post kumpara sa plano, at engagement</translation>
    </message>
    <message>
        <location filename="../../ui/report/painting.py" line="298"/>
        <source>Fewer interactions</source>
        <translation>Mas kaunting interaksyon</translation>
    </message>
    <message>
        <location filename="../../ui/report/painting.py" line="302"/>
        <source>more</source>
        <translation>mas marami</translation>
    </message>
    <message>
        <location filename="../../ui/report/painting.py" line="306"/>
        <source>too few posts to trust</source>
        <translation>kulang ang post para pagkatiwalaan</translation>
    </message>
    <message>
        <location filename="../../ui/report/painting.py" line="313"/>
        <source>suggested</source>
        <translation>mungkahi</translation>
    </message>
    <message>
        <location filename="../../ui/report/painting.py" line="341"/>
        <source>%1 of posts (plan %2) · ER %3</source>
        <translation>%1 (plano %2) · ER %3</translation>
    </message>
</context>
<context>
    <name>StatusBarNotifier</name>
    <message numerus="yes">
        <location filename="../../ui/publishing/notifier.py" line="175"/>
        <source>(+%n more)</source>
        <translation>
            <numerusform>(+%n pa)</numerusform>
            <numerusform>(+%n pa)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="333"/>
        <source>Step %1 of %2: %3</source>
        <translation>Hakbang %1 ng %2: %3</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="353"/>
        <source>Copy</source>
        <translation>Kopyahin</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="354"/>
        <source>Copy %1</source>
        <translation>Kopyahin ang %1</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="375"/>
        <source>Copied: %1</source>
        <translation>Nakopya: %1</translation>
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
        <location filename="../../ui/calendar/settings_dialogs.py" line="215"/>
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
