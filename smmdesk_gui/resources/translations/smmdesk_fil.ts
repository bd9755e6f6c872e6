<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fil_PH">
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
        <translation>May nagkaproblema, pero ligtas ang trabaho mo.</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="74"/>
        <source>SMM Desk keeps running. The details were saved in the log file:
{path}</source>
        <translation>Tuloy ang SMM Desk. Naka-save ang mga detalye sa log file:
{path}</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about.py" line="85"/>
        <source>About SMM Desk</source>
        <translation>Tungkol sa SMM Desk</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="95"/>
        <source>SMM Desk</source>
        <translation>SMM Desk</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="101"/>
        <source>Version {version}</source>
        <translation>Bersyon {version}</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="105"/>
        <source>Plan, write, publish and measure your social media posts.</source>
        <translation>Magplano, sumulat, mag-publish at sukatin ang mga post mo sa social media.</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="113"/>
        <source>Your data folder</source>
        <translation>Ang folder ng data mo</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="116"/>
        <source>Log files</source>
        <translation>Mga log file</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="122"/>
        <source>SMM Desk is built with the open-source components below. Select one to read its license.</source>
        <translation>Ginawa ang SMM Desk gamit ang mga open-source na bahagi sa ibaba. Pumili ng isa para mabasa ang lisensya nito.</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="149"/>
        <source>Select a component to read its license.</source>
        <translation>Pumili ng bahagi para mabasa ang lisensya nito.</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="159"/>
        <source>Copy details</source>
        <translation>Kopyahin ang detalye</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="162"/>
        <source>Copy the version and folders, to paste into a message to support.</source>
        <translation>Kopyahin ang bersyon at mga folder, para i-paste sa mensahe sa support.</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="178"/>
        <source>Open folder</source>
        <translation>Buksan ang folder</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="194"/>
        <source>no file manager answered</source>
        <translation>walang file manager na sumagot</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="200"/>
        <source>Could not open the folder</source>
        <translation>Hindi mabuksan ang folder</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="202"/>
        <source>SMM Desk could not open the folder ({reason}). You can find it here:
{folder}</source>
        <translation>Hindi mabuksan ng SMM Desk ang folder ({reason}). Makikita mo ito rito:
{folder}</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="231"/>
        <source>No license text ships with this component; its license is {name}.</source>
        <translation>Walang kasamang teksto ng lisensya ang bahaging ito; ang lisensya nito ay {name}.</translation>
    </message>
</context>
<context>
    <name>AccountChips</name>
    <message>
        <location filename="../../ui/composer/widgets.py" line="172"/>
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
        <location filename="../../ui/accounts/page.py" line="52"/>
        <source>Accounts</source>
        <translation>Mga Account</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="59"/>
        <location filename="../../ui/accounts/page.py" line="67"/>
        <location filename="../../ui/accounts/page.py" line="72"/>
        <source>Connect an account</source>
        <translation>Magkonekta ng account</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="69"/>
        <source>Connect Bluesky, Mastodon or Telegram and SMM Desk posts for you at the planned time. Add Instagram and the others to get a reminder with everything ready.</source>
        <translation>Ikonekta ang Bluesky, Mastodon o Telegram at ipo-post ng SMM Desk para sa iyo sa nakaplanong oras. Idagdag ang Instagram at iba pa para mapaalalahanan ka, handa na ang lahat.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="98"/>
        <source>Test connection</source>
        <translation>Subukan ang koneksyon</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="100"/>
        <source>Reconnect…</source>
        <translation>I-reconnect…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="102"/>
        <location filename="../../ui/accounts/page.py" line="167"/>
        <location filename="../../ui/accounts/page.py" line="254"/>
        <source>Remove</source>
        <translation>Alisin</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="183"/>
        <source>Something went wrong ({name}). Try again; details are in the log.</source>
        <translation>May nagkaproblema ({name}). Subukan ulit; nasa log ang mga detalye.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="205"/>
        <source>{handle} added. SMM Desk will remind you when its posts are due.</source>
        <translation>Naidagdag ang {handle}. Ipapaalala ng SMM Desk kapag oras na ng mga post nito.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="210"/>
        <source>{handle} is connected and works.</source>
        <translation>Nakakonekta at gumagana ang {handle}.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="222"/>
        <source>Testing {handle}…</source>
        <translation>Sinusubukan ang {handle}…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="228"/>
        <source>{handle} works.</source>
        <translation>Gumagana ang {handle}.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="245"/>
        <source>Yes, remove</source>
        <translation>Oo, alisin</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="248"/>
        <source>Remove {handle}? Its saved login is deleted; posts already sent stay in your plan. Click &quot;Yes, remove&quot; to go ahead.</source>
        <translation>Alisin ang {handle}? Mabubura ang naka-save nitong login; mananatili sa plano mo ang mga naipadalang post. I-click ang &quot;Oo, alisin&quot; para ituloy.</translation>
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
        <location filename="../../ui/about.py" line="48"/>
        <source>Component</source>
        <translation>Bahagi</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="48"/>
        <source>Version</source>
        <translation>Bersyon</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="48"/>
        <source>License</source>
        <translation>Lisensya</translation>
    </message>
</context>
<context>
    <name>ComposePage</name>
    <message>
        <location filename="../../ui/composer/page.py" line="109"/>
        <source>Post to:</source>
        <translation>I-post sa:</translation>
    </message>
    <message>
        <location filename="../../ui/composer/page.py" line="113"/>
        <source>New post</source>
        <translation>Bagong post</translation>
    </message>
    <message>
        <location filename="../../ui/composer/page.py" line="118"/>
        <source>No accounts yet: add one on the Accounts screen. You can already write.</source>
        <translation>Wala pang account: magdagdag sa screen ng Mga Account. Puwede ka nang sumulat.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/page.py" line="134"/>
        <source>Write your post here. Each account can get its own version in its tab.</source>
        <translation>Isulat dito ang post mo. Puwedeng may sariling bersyon ang bawat account sa tab nito.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/page.py" line="228"/>
        <source>Something went wrong: %1. Your text is still here.</source>
        <translation>May nagkaproblema: %1. Nandito pa ang teksto mo.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/page.py" line="147"/>
        <source>Main text</source>
        <translation>Pangunahing teksto</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="94"/>
        <source>Reconnect account</source>
        <extracomment>Opens a web address in the browser (tests record it instead).</extracomment>
        <translation>I-reconnect ang account</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="94"/>
        <source>Connect an account</source>
        <translation>Magkonekta ng account</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="105"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="106"/>
        <location filename="../../ui/accounts/connect_dialog.py" line="214"/>
        <source>Server address</source>
        <translation>Address ng server</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="119"/>
        <source>How</source>
        <translation>Paano</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="123"/>
        <source>Sign in through the browser (easiest)</source>
        <translation>Mag-sign in sa browser (pinakamadali)</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="124"/>
        <source>Paste an access token</source>
        <translation>Mag-paste ng access token</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="133"/>
        <source>Open the sign-in page</source>
        <translation>Buksan ang sign-in page</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="144"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="146"/>
        <source>Paste the code your server shows</source>
        <translation>I-paste ang code na ipinakita ng server mo</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="164"/>
        <location filename="../../ui/accounts/connect_dialog.py" line="327"/>
        <source>Reconnect</source>
        <translation>I-reconnect</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="164"/>
        <location filename="../../ui/accounts/connect_dialog.py" line="327"/>
        <source>Connect</source>
        <translation>Ikonekta</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="204"/>
        <source>(filled in from your server)</source>
        <translation>(pinupunan ng server mo)</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="212"/>
        <source>Server (leave empty for bsky.social)</source>
        <translation>Server (iwanang blangko para sa bsky.social)</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="240"/>
        <source>Enter your server&apos;s address first, e.g. mastodon.social</source>
        <translation>Ilagay muna ang address ng server mo, hal. mastodon.social</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="249"/>
        <source>Open the sign-in page again</source>
        <translation>Buksan ulit ang sign-in page</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="252"/>
        <source>If the browser did not open, &lt;a href=&quot;{url}&quot;&gt;click here&lt;/a&gt;.</source>
        <translation>Kung hindi bumukas ang browser, &lt;a href=&quot;{url}&quot;&gt;i-click dito&lt;/a&gt;.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="273"/>
        <location filename="../../ui/accounts/connect_dialog.py" line="305"/>
        <source>Checking…</source>
        <translation>Tinitingnan…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="298"/>
        <source>Click &quot;Open the sign-in page&quot; first.</source>
        <translation>I-click muna ang &quot;Buksan ang sign-in page&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="301"/>
        <source>Paste the code your server showed after you allowed it.</source>
        <translation>I-paste ang code na ipinakita ng server mo matapos mo itong payagan.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="332"/>
        <source>Connecting failed unexpectedly ({name}). Try again.</source>
        <translation>Hindi inaasahang nabigo ang pagkonekta ({name}). Subukan ulit.</translation>
    </message>
</context>
<context>
    <name>CounterBar</name>
    <message>
        <location filename="../../ui/composer/widgets.py" line="218"/>
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
        <location filename="../../ui/calendar/delegate.py" line="194"/>
        <location filename="../../ui/calendar/delegate.py" line="199"/>
        <source>nothing planned</source>
        <translation>walang nakaplano</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar/delegate.py" line="215"/>
        <source>+%n more</source>
        <translation>
            <numerusform>+%n pa</numerusform>
            <numerusform>+%n pa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar/delegate.py" line="217"/>
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
        <location filename="../../ui/calendar/details.py" line="43"/>
        <source>No post selected</source>
        <translation>Walang napiling post</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/details.py" line="46"/>
        <source>Click a post to see it here. Drag it to another day to move it; hold Ctrl while dropping to copy it.</source>
        <translation>I-click ang isang post para makita ito rito. I-drag ito sa ibang araw para ilipat; pindutin ang Ctrl habang binibitawan para kopyahin.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/details.py" line="67"/>
        <source>No rubric</source>
        <translation>Walang rubrik</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="268"/>
        <location filename="../../ui/calendar/import_dialog.py" line="305"/>
        <source>Export the plan</source>
        <translation>I-export ang plano</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="276"/>
        <source>Spreadsheet (CSV)</source>
        <translation>Spreadsheet (CSV)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="277"/>
        <source>Calendar file (.ics)</source>
        <translation>Calendar file (.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="278"/>
        <source>From</source>
        <translation>Mula</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="279"/>
        <source>To</source>
        <translation>Hanggang</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="280"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="283"/>
        <source>Both days are included. A CSV opens in a spreadsheet and can be imported again; an .ics file opens in Google Calendar, Apple Calendar, Outlook or Thunderbird.</source>
        <translation>Kasama ang dalawang araw. Bumubukas ang CSV sa spreadsheet at puwedeng i-import ulit; bumubukas ang .ics file sa Google Calendar, Apple Calendar, Outlook o Thunderbird.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="293"/>
        <source>Save as…</source>
        <translation>I-save bilang…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="322"/>
        <source>Could not save %1: %2</source>
        <translation>Hindi ma-save ang %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="325"/>
        <source>Saved %1 posts to %2.</source>
        <translation>Na-save ang %1 post sa %2.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="155"/>
        <source>All states</source>
        <translation>Lahat ng status</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="157"/>
        <source>Scheduled</source>
        <translation>Naka-schedule</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="158"/>
        <source>Drafts</source>
        <translation>Mga draft</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="159"/>
        <source>Published</source>
        <translation>Na-publish</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="160"/>
        <source>Failed</source>
        <translation>Nabigo</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="161"/>
        <source>Needs attention</source>
        <translation>Kailangang tingnan</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="167"/>
        <source>Search posts (Ctrl+F)</source>
        <translation>Maghanap ng post (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="193"/>
        <source>All accounts</source>
        <translation>Mga account</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="197"/>
        <source>All platforms</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="202"/>
        <source>All rubrics</source>
        <translation>Lahat ng rubrik</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="205"/>
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
        <location filename="../../ui/publishing/publisher.py" line="223"/>
        <source>Time to post on %1</source>
        <translation>Oras na para mag-post sa %1</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/publisher.py" line="226"/>
        <source>The text is copied and the photos are in a folder. Click here to see the post for %1.</source>
        <translation>Nakopya na ang teksto at nasa isang folder ang mga larawan. I-click dito para makita ang post para sa %1.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/publisher.py" line="236"/>
        <source>A post to %1 failed</source>
        <translation>Nabigo ang isang post sa %1</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/publisher.py" line="243"/>
        <source>Check a post on %1</source>
        <translation>Tingnan ang isang post sa %1</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/publisher.py" line="246"/>
        <source>SMM Desk cannot tell whether the post to %1 went out. Click here to check it.</source>
        <translation>Hindi matiyak ng SMM Desk kung naipadala ang post sa %1. I-click dito para tingnan.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/publisher.py" line="270"/>
        <source>Reconnect %1 on %2</source>
        <translation>I-reconnect ang %1 sa %2</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/publisher.py" line="237"/>
        <source>Click here to see why.</source>
        <translation>I-click dito para makita kung bakit.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/publisher.py" line="272"/>
        <source>Its posts wait until you sign in again. Click here to reconnect.</source>
        <translation>Maghihintay ang mga post nito hanggang mag-sign in ka ulit. I-click dito para i-reconnect.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="111"/>
        <source>Import posts from a spreadsheet</source>
        <translation>Mag-import ng mga post mula sa spreadsheet</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="118"/>
        <source>A CSV file with the columns scheduled_at, accounts, text, media and rubric. Nothing is imported until every row is fine.</source>
        <translation>Isang CSV file na may mga column na scheduled_at, accounts, text, media at rubric. Walang ii-import hangga&apos;t hindi ayos ang bawat row.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="127"/>
        <source>No file chosen</source>
        <translation>Walang napiling file</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="128"/>
        <source>Choose file…</source>
        <translation>Pumili ng file…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="130"/>
        <source>Check again</source>
        <translation>Tingnan ulit</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="132"/>
        <source>Read the file again after you fixed and saved it in your spreadsheet</source>
        <translation>Basahin ulit ang file matapos mo itong ayusin at i-save sa spreadsheet mo</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="141"/>
        <source>Rows without a date go into the queue (otherwise they become ideas)</source>
        <translation>Sa pila mapupunta ang mga row na walang petsa (kung hindi, magiging ideya sila)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="144"/>
        <source>Show only the rows with a problem</source>
        <translation>Ipakita lang ang mga row na may problema</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="166"/>
        <source>Import</source>
        <translation>I-import</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="178"/>
        <source>Choose a CSV file</source>
        <translation>Pumili ng CSV file</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="178"/>
        <source>CSV files (*.csv)</source>
        <translation>Mga CSV file (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="220"/>
        <source>%1 of %2 rows have a problem (in red). Fix them in your spreadsheet, save, and press Check again. Nothing has been imported.</source>
        <translation>%1 sa %2 row ang may problema (nasa pula). Ayusin ang mga ito sa spreadsheet mo, i-save, at pindutin ang Tingnan ulit. Wala pang na-import.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="228"/>
        <source>%1 rows are ready to import.</source>
        <translation>Handa nang i-import ang %1 row.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="231"/>
        <source>The file has no rows to import.</source>
        <translation>Walang row na mai-import sa file.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="63"/>
        <source>Plan</source>
        <translation>Plano</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="64"/>
        <source>Compose</source>
        <translation>Sumulat</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="65"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="66"/>
        <source>Media</source>
        <translation>Media</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="67"/>
        <source>Accounts</source>
        <translation>Mga Account</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="68"/>
        <source>Settings</source>
        <translation>Mga Setting</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="142"/>
        <source>SMM Desk</source>
        <translation>SMM Desk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="159"/>
        <source>Opening your workspace…</source>
        <translation>Binubuksan ang workspace mo…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="165"/>
        <source>Opening…</source>
        <translation>Binubuksan…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="199"/>
        <source>SMM Desk — demo workspace</source>
        <translation>SMM Desk — demo workspace</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="216"/>
        <source>Workspace not open</source>
        <translation>Hindi bukas ang workspace</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="283"/>
        <source>No accounts connected yet</source>
        <translation>Wala pang nakakonektang account</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="285"/>
        <source>No posts scheduled today</source>
        <translation>Walang naka-schedule na post ngayon</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="287"/>
        <source>%n post(s) scheduled today</source>
        <translation>
            <numerusform>%n post ang naka-schedule ngayon</numerusform>
            <numerusform>%n post ang naka-schedule ngayon</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="289"/>
        <source>next at {time}</source>
        <translation>susunod sa {time}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="291"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n ang nabigo</numerusform>
            <numerusform>%n ang nabigo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="293"/>
        <source>%n need(s) you</source>
        <translation>
            <numerusform>%n ang naghihintay sa iyo</numerusform>
            <numerusform>%n ang naghihintay sa iyo</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="311"/>
        <source>Network status unknown</source>
        <translation>Hindi alam ang status ng network</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="307"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="309"/>
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
        <location filename="../../ui/media/details.py" line="66"/>
        <source>Click the most important spot of the photo: every crop keeps it.</source>
        <translation>I-click ang pinakamahalagang bahagi ng larawan: mananatili ito sa bawat crop.</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="75"/>
        <source>Description for people who cannot see the photo (alt text)</source>
        <translation>Paglalarawan para sa mga hindi nakakakita ng larawan (alt text)</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="79"/>
        <source>For example: Three golden croissants on a wooden board</source>
        <translation>Halimbawa: Tatlong ginintuang croissant sa kahoy na board</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="82"/>
        <source>Used in</source>
        <translation>Ginamit sa</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="89"/>
        <location filename="../../ui/media/page.py" line="295"/>
        <source>Delete photo</source>
        <translation>Burahin ang larawan</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="93"/>
        <source>What each platform will show</source>
        <translation>Ang ipapakita ng bawat platform</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="146"/>
        <source>Not used in any post yet</source>
        <translation>Hindi pa ginagamit sa anumang post</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="149"/>
        <source>scheduled</source>
        <translation>naka-schedule</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="151"/>
        <source>no account yet</source>
        <translation>wala pang account</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="152"/>
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
        <location filename="../../ui/media/previews.py" line="40"/>
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
        <location filename="../../ui/publishing/missed_dialog.py" line="48"/>
        <source>Posts that missed their time</source>
        <translation>Mga post na lumampas sa oras</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="53"/>
        <source>These posts were due while SMM Desk was closed, so they were not sent. Choose for each: post it now, pick a new time, or skip it.</source>
        <translation>Nakatakda ang mga post na ito habang sarado ang SMM Desk, kaya hindi naipadala. Pumili para sa bawat isa: i-post ngayon, pumili ng bagong oras, o laktawan.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="61"/>
        <source>Was due</source>
        <translation>Nakatakda noong</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="61"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="61"/>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="73"/>
        <source>Post now</source>
        <translation>I-post ngayon</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="78"/>
        <source>Move to this time</source>
        <translation>Ilipat sa oras na ito</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="80"/>
        <source>Skip</source>
        <translation>Laktawan</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="92"/>
        <source>Decide later</source>
        <translation>Mamaya na</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="119"/>
        <source>Select one or more posts first.</source>
        <translation>Pumili muna ng isa o higit pang post.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="141"/>
        <source>They will be sent in a moment.</source>
        <translation>Ipapadala ang mga ito sa ilang sandali.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="149"/>
        <source>Moved to the new time.</source>
        <translation>Nailipat sa bagong oras.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="155"/>
        <source>Skipped: they stay in the plan, unsent.</source>
        <translation>Nilaktawan: mananatili sila sa plano, hindi naipadala.</translation>
    </message>
</context>
<context>
    <name>MixBar</name>
    <message>
        <location filename="../../ui/calendar/mix_bar.py" line="33"/>
        <source>No rubric</source>
        <translation>Walang rubrik</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/mix_bar.py" line="39"/>
        <source>%1: %2 (target %3)</source>
        <translation>%1: %2 (target %3)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar/mix_bar.py" line="46"/>
        <source>Rubric mix of %n post(s): </source>
        <translation>
            <numerusform>Halo ng rubrik sa %n post: </numerusform>
            <numerusform>Halo ng rubrik sa %n post: </numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/calendar/mix_bar.py" line="49"/>
        <source>No posts in this month yet: the mix shows once you plan some.</source>
        <translation>Wala pang post ngayong buwan: lalabas ang halo kapag nagplano ka.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/mix_bar.py" line="102"/>
        <source>%1 target</source>
        <translation>target %1</translation>
    </message>
</context>
<context>
    <name>NavigationBar</name>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="53"/>
        <source>Previous (Page Up)</source>
        <translation>Nakaraan (Page Up)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="56"/>
        <source>Today</source>
        <translation>Ngayon</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="57"/>
        <source>Go to today (Ctrl+T)</source>
        <translation>Pumunta sa ngayon (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="61"/>
        <source>Next (Page Down)</source>
        <translation>Susunod (Page Down)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="74"/>
        <source>Month</source>
        <translation>Buwan</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="74"/>
        <source>Week</source>
        <translation>Linggo</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="74"/>
        <source>List</source>
        <translation>Listahan</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="89"/>
        <source>Calendar system</source>
        <translation>Sistema ng kalendaryo</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="91"/>
        <source>Gregorian</source>
        <translation>Gregorian</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="92"/>
        <source>Persian (Jalali)</source>
        <translation>Persian (Jalali)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="93"/>
        <source>Islamic (civil)</source>
        <translation>Islamiko (sibil)</translation>
    </message>
</context>
<context>
    <name>OverlayPanel</name>
    <message>
        <location filename="../../ui/media/overlay_panel.py" line="41"/>
        <source>Your logo on the photos you post</source>
        <translation>Ang logo mo sa mga larawang ipo-post mo</translation>
    </message>
    <message>
        <location filename="../../ui/media/overlay_panel.py" line="46"/>
        <source>Add my logo (the photos in your library stay as they are)</source>
        <translation>Idagdag ang logo ko (hindi gagalawin ang mga larawan sa library mo)</translation>
    </message>
    <message>
        <location filename="../../ui/media/overlay_panel.py" line="50"/>
        <location filename="../../ui/media/overlay_panel.py" line="84"/>
        <source>No logo chosen yet</source>
        <translation>Wala pang napiling logo</translation>
    </message>
    <message>
        <location filename="../../ui/media/overlay_panel.py" line="51"/>
        <source>Choose logo…</source>
        <translation>Pumili ng logo…</translation>
    </message>
    <message>
        <location filename="../../ui/media/overlay_panel.py" line="55"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../ui/media/overlay_panel.py" line="59"/>
        <source>Corner</source>
        <translation>Sulok</translation>
    </message>
    <message>
        <location filename="../../ui/media/overlay_panel.py" line="62"/>
        <source>Size</source>
        <translation>Laki</translation>
    </message>
    <message>
        <location filename="../../ui/media/overlay_panel.py" line="65"/>
        <source>Visibility</source>
        <translation>Linaw</translation>
    </message>
    <message>
        <location filename="../../ui/media/overlay_panel.py" line="84"/>
        <source>Logo chosen</source>
        <translation>Napili ang logo</translation>
    </message>
    <message>
        <location filename="../../ui/media/overlay_panel.py" line="107"/>
        <source>Choose your logo</source>
        <translation>Piliin ang logo mo</translation>
    </message>
    <message>
        <location filename="../../ui/media/overlay_panel.py" line="109"/>
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
        <location filename="../../ui/calendar/page.py" line="326"/>
        <source>The plan could not be loaded: %1</source>
        <translation>Hindi ma-load ang plano: %1</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/page.py" line="352"/>
        <source>%1 posts in view · %2 days of your posting rhythm still empty · %3 ideas</source>
        <translation>%1 post ang nakikita · %2 araw ng ritmo mo ng pag-post ang bakante pa · %3 ideya</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/changes.py" line="148"/>
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
        <location filename="../../ui/calendar/undo.py" line="38"/>
        <source>Move %n day(s) earlier</source>
        <translation>Ilipat nang %n araw na mas maaga</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/undo.py" line="40"/>
        <source>Move %n day(s) later</source>
        <translation>Ilipat nang %n araw na mas huli</translation>
    </message>
</context>
<context>
    <name>PlatformPreviews</name>
    <message>
        <location filename="../../ui/media/previews.py" line="177"/>
        <source>No preview</source>
        <translation>Walang preview</translation>
    </message>
</context>
<context>
    <name>PostProblemDialog</name>
    <message>
        <location filename="../../ui/publishing/problem_dialog.py" line="48"/>
        <source>Check this post on {platform}</source>
        <translation>Tingnan ang post na ito sa {platform}</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/problem_dialog.py" line="50"/>
        <source>A post to {platform} was not published</source>
        <translation>Hindi na-publish ang isang post sa {platform}</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/problem_dialog.py" line="57"/>
        <source>No reason was given.</source>
        <translation>Walang ibinigay na dahilan.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/problem_dialog.py" line="60"/>
        <source>Details</source>
        <translation>Detalye</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/problem_dialog.py" line="78"/>
        <source>Link to the post, if it is there (optional)</source>
        <translation>Link sa post, kung nandoon ito (opsyonal)</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/problem_dialog.py" line="82"/>
        <source>Don&apos;t post it</source>
        <translation>Huwag i-post</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/problem_dialog.py" line="84"/>
        <source>It is there: mark as posted</source>
        <translation>Nandoon ito: markahang na-post</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/problem_dialog.py" line="88"/>
        <source>It is not there: send it</source>
        <translation>Wala roon: ipadala</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/problem_dialog.py" line="88"/>
        <source>Try again now</source>
        <translation>Subukan ulit ngayon</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/problem_dialog.py" line="91"/>
        <source>Close</source>
        <translation>Isara</translation>
    </message>
</context>
<context>
    <name>PostingTimesDialog</name>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="174"/>
        <source>Posting times</source>
        <translation>Oras ng pag-post</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="178"/>
        <source>When each account posts, every week, in your local time. “Add to queue” uses the next free one. Example: Tue 12:30, Thu 12:30, Sat 10:00</source>
        <translation>Kailan nagpo-post ang bawat account, linggu-linggo, sa oras mo. Ginagamit ng “Ilagay sa pila” ang susunod na bakante. Halimbawa (araw sa Ingles): Tue 12:30, Thu 12:30, Sat 10:00</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="188"/>
        <source>no posting times</source>
        <translation>walang oras ng pag-post</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="50"/>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="51"/>
        <source>When</source>
        <translation>Kailan</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="52"/>
        <source>Accounts</source>
        <translation>Mga Account</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="53"/>
        <source>Text</source>
        <translation>Teksto</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="54"/>
        <source>Rubric</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="55"/>
        <source>Problems</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="66"/>
        <source>next free slot</source>
        <translation>susunod na bakanteng oras</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="67"/>
        <source>idea (no date)</source>
        <translation>ideya (walang petsa)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="77"/>
        <source>%1 (new)</source>
        <translation>%1 (bago)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="82"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <location filename="../../ui/composer/panels.py" line="114"/>
        <source>%1 gets it as %2 × %3 pixels.</source>
        <translation>Matatanggap ito ng %1 bilang %2 × %3 pixel.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="120"/>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="122"/>
        <source>Choose an account above to see how the post will look there.</source>
        <translation>Pumili ng account sa itaas para makita kung ano ang itsura ng post doon.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="139"/>
        <source>more</source>
        <translation>higit pa</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="142"/>
        <source>The feed shows the start; the rest sits behind “more”.</source>
        <translation>Simula lang ang ipinapakita ng feed; nasa likod ng “higit pa” ang natitira.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="144"/>
        <source>The red part does not fit on %1.</source>
        <translation>Hindi kasya sa %1 ang pulang bahagi.</translation>
    </message>
</context>
<context>
    <name>PublishScheduleBox</name>
    <message>
        <location filename="../../ui/publishing/schedule_box.py" line="16"/>
        <source>Publish while SMM Desk is closed</source>
        <translation>Mag-publish kahit sarado ang SMM Desk</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/schedule_box.py" line="21"/>
        <source>Let this computer send your scheduled posts every 5 minutes, even when the SMM Desk window is closed (the computer must be on and you logged in).</source>
        <translation>Hayaang ipadala ng computer na ito ang mga naka-schedule mong post tuwing 5 minuto, kahit sarado ang window ng SMM Desk (dapat nakabukas ang computer at naka-log in ka).</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/schedule_box.py" line="28"/>
        <source>Turn on</source>
        <translation>I-on</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/schedule_box.py" line="30"/>
        <source>Turn off</source>
        <translation>I-off</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/schedule_box.py" line="50"/>
        <source>On: {what}.</source>
        <translation>Naka-on: {what}.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/schedule_box.py" line="52"/>
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
        <location filename="../../ui/publishing/ready_dialog.py" line="41"/>
        <source>Ready to post on {platform}</source>
        <translation>Handa nang i-post sa {platform}</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/ready_dialog.py" line="48"/>
        <source>It is time for this post. The text is copied: paste it on {platform}. The photos ({count}) are in a folder, numbered in order. When it is up, mark it as posted.</source>
        <translation>Oras na para sa post na ito. Nakopya na ang teksto: i-paste ito sa {platform}. Nasa isang folder ang mga larawan ({count}), may numero ayon sa pagkakasunod. Kapag naka-post na, markahan itong na-post.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/ready_dialog.py" line="59"/>
        <source>Copy text again</source>
        <translation>Kopyahin ulit ang teksto</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/ready_dialog.py" line="61"/>
        <source>Open photos folder</source>
        <translation>Buksan ang folder ng larawan</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/ready_dialog.py" line="68"/>
        <source>Open {platform}</source>
        <translation>Buksan ang {platform}</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/ready_dialog.py" line="78"/>
        <source>Link to the post (optional)</source>
        <translation>Link sa post (opsyonal)</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/ready_dialog.py" line="82"/>
        <source>Later</source>
        <translation>Mamaya</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/ready_dialog.py" line="84"/>
        <source>Mark as posted</source>
        <translation>Markahang na-post</translation>
    </message>
</context>
<context>
    <name>RubricsDialog</name>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="58"/>
        <source>Rubrics</source>
        <translation>Mga rubrik</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="62"/>
        <source>Rubrics are the kinds of post you make (product, tips, behind the scenes…). The target share is how much of your plan each should take.</source>
        <translation>Ang mga rubrik ay ang mga uri ng post na ginagawa mo (produkto, tips, behind the scenes…). Ang target na bahagi ay kung gaano karami sa plano mo ang dapat mapunta sa bawat isa.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="78"/>
        <source>Name</source>
        <translation>Pangalan</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="79"/>
        <source>Colour</source>
        <translation>Kulay</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="80"/>
        <source>Target share</source>
        <translation>Target na bahagi</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="87"/>
        <source>Add</source>
        <translation>Idagdag</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="88"/>
        <source>Save changes</source>
        <translation>I-save ang binago</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="89"/>
        <source>Delete</source>
        <translation>Burahin</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="133"/>
        <source>Rubric colour</source>
        <translation>Kulay ng rubrik</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="149"/>
        <source>New rubric</source>
        <translation>Bagong rubrik</translation>
    </message>
</context>
<context>
    <name>SchedulePanel</name>
    <message>
        <location filename="../../ui/composer/panels.py" line="187"/>
        <location filename="../../ui/composer/panels.py" line="238"/>
        <source>Post now</source>
        <translation>I-post ngayon</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="188"/>
        <source>Next free slot</source>
        <translation>Susunod na bakante</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="190"/>
        <source>Each account&apos;s next free posting time from its queue (Plan screen)</source>
        <translation>Ang susunod na bakanteng oras ng pag-post ng bawat account mula sa pila nito (screen ng Plano)</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="192"/>
        <source>At</source>
        <translation>Sa</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="203"/>
        <location filename="../../ui/composer/panels.py" line="242"/>
        <source>Schedule</source>
        <translation>I-schedule</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="219"/>
        <source>No free posting time for %1: add posting times on the Plan screen, or pick a date and time.</source>
        <translation>Walang bakanteng oras ng pag-post para sa %1: magdagdag ng oras ng pag-post sa screen ng Plano, o pumili ng petsa at oras.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/composer/panels.py" line="229"/>
        <source>Added to the queue of %n account(s).</source>
        <translation>
            <numerusform>Naidagdag sa pila ng %n account.</numerusform>
            <numerusform>Naidagdag sa pila ng %n account.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/composer/panels.py" line="231"/>
        <source>Sent to the queue for %n account(s): it goes out now.</source>
        <translation>
            <numerusform>Ipinadala sa pila ng %n account: ipo-post na ito ngayon.</numerusform>
            <numerusform>Ipinadala sa pila ng %n account: ipo-post na ito ngayon.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/composer/panels.py" line="233"/>
        <source>Scheduled for %n account(s).</source>
        <translation>
            <numerusform>Naka-schedule para sa %n account.</numerusform>
            <numerusform>Naka-schedule para sa %n account.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="240"/>
        <source>Add to queue</source>
        <translation>Ilagay sa pila</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="259"/>
        <source>Write your post above, then schedule it here.</source>
        <translation>Isulat ang post mo sa itaas, saka i-schedule dito.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="277"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="288"/>
        <source>Choose at least one account above.</source>
        <translation>Pumili ng kahit isang account sa itaas.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="291"/>
        <source>Fix these before scheduling, or remove the account from the post:</source>
        <translation>Ayusin muna ang mga ito bago mag-schedule, o alisin ang account sa post:</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="294"/>
        <source>Ready. Worth a look:</source>
        <translation>Handa na. Sulit tingnan:</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="296"/>
        <source>Ready to schedule: no problems found.</source>
        <translation>Handa nang i-schedule: walang nakitang problema.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/settings_page.py" line="29"/>
        <source>Settings</source>
        <translation>Mga Setting</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="36"/>
        <source>Language and time</source>
        <translation>Wika at oras</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="45"/>
        <source>Language</source>
        <translation>Wika</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="53"/>
        <source>Time zone</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="55"/>
        <location filename="../../ui/settings_page.py" line="126"/>
        <source>Posting times are shown and scheduled in this time zone.</source>
        <translation>Ipinapakita at sini-schedule ang mga oras ng pag-post sa time zone na ito.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="61"/>
        <source>Your data</source>
        <translation>Ang data mo</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="64"/>
        <source>Data folder</source>
        <translation>Folder ng data</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="65"/>
        <source>Backups</source>
        <translation>Mga backup</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="66"/>
        <source>Log files</source>
        <translation>Mga log file</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="72"/>
        <source>Open</source>
        <translation>Buksan</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="83"/>
        <source>About SMM Desk…</source>
        <translation>Tungkol sa SMM Desk…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="123"/>
        <source>Unknown time zone: pick one from the list.</source>
        <translation>Hindi kilalang time zone: pumili sa listahan.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="132"/>
        <source>The new language is used from the next start.</source>
        <translation>Gagamitin ang bagong wika sa susunod na pagbukas.</translation>
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
        <location filename="../../ui/report/labels.py" line="15"/>
        <location filename="../../ui/report/monthly.py" line="149"/>
        <source>Followers</source>
        <translation>Mga follower</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="16"/>
        <source>New followers</source>
        <translation>Bagong follower</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="17"/>
        <source>Growth</source>
        <translation>Paglago</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="18"/>
        <source>Posts published</source>
        <translation>Na-publish na post</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="49"/>
        <location filename="../../ui/dashboard/posts_model.py" line="23"/>
        <location filename="../../ui/report/labels.py" line="19"/>
        <source>Reach</source>
        <translation>Reach</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="50"/>
        <source>Likes</source>
        <translation>Likes</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="51"/>
        <source>Comments</source>
        <translation>Komento</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="52"/>
        <source>Shares</source>
        <translation>Shares</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="53"/>
        <source>Saves</source>
        <translation>Saves</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="54"/>
        <source>Link clicks</source>
        <translation>Link clicks</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="67"/>
        <source>Enter a post&apos;s figures</source>
        <translation>Ilagay ang numero ng isang post</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="69"/>
        <source>Copy the figures from the platform&apos;s app. Leave a figure at “—” if the platform does not show it. Earlier figures are kept.</source>
        <translation>Kopyahin ang mga numero mula sa app ng platform. Iwanang “—” ang numerong hindi ipinapakita ng platform. Itatago ang mga naunang numero.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="78"/>
        <location filename="../../ui/dashboard/posts_model.py" line="22"/>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="127"/>
        <source>Add ad spend</source>
        <translation>Magdagdag ng gastos sa ad</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="129"/>
        <source>Enter what a boosted post or an ad cost, as the ad manager shows it. Impressions, clicks and leads are optional; with them the Dashboard shows CPM, CPC and CPL.</source>
        <translation>Ilagay ang ginastos sa isang boosted post o ad, ayon sa ipinapakita ng ads manager. Opsyonal ang impressions, clicks at leads; kapag mayroon, ipapakita ng Dashboard ang CPM, CPC at CPL.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="139"/>
        <source>Day</source>
        <translation>Araw</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="141"/>
        <source>No particular account</source>
        <translation>Walang partikular na account</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/ad_spend_list.py" line="55"/>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="144"/>
        <location filename="../../ui/dashboard/import_dialog.py" line="114"/>
        <location filename="../../ui/dashboard/posts_model.py" line="21"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/ad_spend_list.py" line="54"/>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="148"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="150"/>
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
        <location filename="../../ui/dashboard/entry_dialogs.py" line="151"/>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/ad_spend_list.py" line="54"/>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="155"/>
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
        <location filename="../../ui/dashboard/ad_spend_list.py" line="127"/>
        <source>Delete ad spend</source>
        <translation>Burahin ang gastos sa ad</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/ad_spend_list.py" line="128"/>
        <source>Delete %1 ad spend entries? The costs per click and per follower are computed again without them.</source>
        <translation>Burahin ang %1 entry ng gastos sa ad? Kakalkulahin ulit nang wala ang mga ito ang gastos bawat click at bawat follower.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="159"/>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="161"/>
        <source>Ad impressions</source>
        <translation>Ad impressions</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="162"/>
        <source>Ad clicks</source>
        <translation>Ad clicks</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="163"/>
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
        <location filename="../../ui/report/labels.py" line="20"/>
        <source>Interactions</source>
        <translation>Interaksyon</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/posts_model.py" line="86"/>
        <source>Double-click to open it</source>
        <translation>I-double click para buksan</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="21"/>
        <source>Engagement rate (by reach)</source>
        <translation>Engagement rate (reach)</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="22"/>
        <source>Engagement rate (by followers)</source>
        <translation>Engagement rate (follower)</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="23"/>
        <source>Reach rate</source>
        <translation>Reach rate</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="24"/>
        <source>Click-through rate</source>
        <translation>Click-through rate</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/ad_spend_list.py" line="44"/>
        <location filename="../../ui/report/labels.py" line="25"/>
        <source>Ad spend</source>
        <translation>Gastos sa ad</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="26"/>
        <source>Cost per 1,000 impressions (CPM)</source>
        <translation>Gastos bawat 1,000 impression (CPM)</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="27"/>
        <source>Cost per click (CPC)</source>
        <translation>Gastos bawat click (CPC)</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="28"/>
        <source>Cost per lead (CPL)</source>
        <translation>Gastos bawat lead (CPL)</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="29"/>
        <source>Cost per new follower</source>
        <translation>Gastos bawat bagong follower</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="33"/>
        <source>Followers at the end of the period, all chosen accounts together.</source>
        <translation>Mga follower sa dulo ng panahon, lahat ng napiling account nang magkakasama.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="35"/>
        <source>Followers at the end minus followers at the start of the period.</source>
        <translation>Mga follower sa dulo bawas ang mga follower sa simula ng panahon.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="37"/>
        <source>Growth: (followers at the end − followers at the start) / followers at the start.</source>
        <translation>Paglago: (follower sa dulo − follower sa simula) / follower sa simula.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="40"/>
        <source>Posts published in the period, per account.</source>
        <translation>Mga post na na-publish sa panahon, bawat account.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="41"/>
        <source>Reach: the people who saw the period&apos;s posts, added up over the posts.</source>
        <translation>Reach: ang mga taong nakakita sa mga post ng panahon, pinagsama-sama sa lahat ng post.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="43"/>
        <source>Interactions: likes + comments + shares + saves, counting those the platform reports.</source>
        <translation>Interaksyon: likes + komento + shares + saves, ang mga iniuulat lang ng platform.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="46"/>
        <source>Engagement rate by reach: interactions / reach, over posts that have a reach.</source>
        <translation>Engagement rate ayon sa reach: interaksyon / reach, sa mga post na may reach.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="48"/>
        <source>Engagement rate by followers: interactions per post / followers.</source>
        <translation>Engagement rate ayon sa follower: interaksyon bawat post / follower.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="50"/>
        <source>Reach rate: reach per post / followers.</source>
        <translation>Reach rate: reach bawat post / follower.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="51"/>
        <source>Click-through rate: clicks / impressions (or reach, without impressions).</source>
        <translation>Click-through rate: clicks / impressions (o reach, kung walang impressions).</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="53"/>
        <source>Money spent on ads in the period, as entered.</source>
        <translation>Perang ginastos sa ads sa panahong ito, ayon sa inilagay.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="54"/>
        <source>CPM: ad spend per 1,000 ad impressions.</source>
        <translation>CPM: gastos sa ad bawat 1,000 ad impression.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="55"/>
        <source>CPC: ad spend / ad clicks.</source>
        <translation>CPC: gastos sa ad / ad clicks.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="56"/>
        <source>CPL: ad spend / leads.</source>
        <translation>CPL: gastos sa ad / leads.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="57"/>
        <source>Cost per new follower: ad spend / new followers in the period.</source>
        <translation>Gastos bawat bagong follower: gastos sa ad / bagong follower sa panahon.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="62"/>
        <source>likes</source>
        <translation>likes</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="63"/>
        <source>comments</source>
        <translation>komento</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="64"/>
        <source>shares</source>
        <translation>shares</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="65"/>
        <source>saves</source>
        <translation>saves</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="66"/>
        <source>impressions</source>
        <translation>impressions</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="67"/>
        <source>reach</source>
        <translation>reach</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="68"/>
        <source>clicks</source>
        <translation>clicks</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="69"/>
        <source>followers</source>
        <translation>follower</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="70"/>
        <source>reach of the day</source>
        <translation>reach sa araw</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="71"/>
        <source>views of the day</source>
        <translation>views sa araw</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="72"/>
        <source>new followers</source>
        <translation>bagong follower</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="73"/>
        <source>lost followers</source>
        <translation>nawalang follower</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="82"/>
        <source>Mon</source>
        <translation>Lun</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="82"/>
        <source>Tue</source>
        <translation>Mar</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="83"/>
        <source>Wed</source>
        <translation>Miy</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="83"/>
        <source>Thu</source>
        <translation>Huw</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="84"/>
        <source>Fri</source>
        <translation>Biy</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="84"/>
        <source>Sat</source>
        <translation>Sab</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="85"/>
        <source>Sun</source>
        <translation>Lin</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="108"/>
        <source>not enough data</source>
        <translation>kulang ang data</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="115"/>
        <source>Counted here: %1.</source>
        <translation>Binilang dito: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="140"/>
        <source>pp</source>
        <translation>pp</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/cards.py" line="47"/>
        <source>%1 vs previous period</source>
        <translation>%1 kumpara sa nakaraang panahon</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/cards.py" line="49"/>
        <source>no comparison yet</source>
        <translation>wala pang paghahambing</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="119"/>
        <source>Followers over time</source>
        <translation>Mga follower sa paglipas ng panahon</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="126"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="128"/>
        <source>Followers are counted once a day while SMM Desk runs, or imported from a daily stats file.</source>
        <translation>Binibilang ang mga follower isang beses bawat araw habang tumatakbo ang SMM Desk, o ini-import mula sa araw-araw na stats file.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="134"/>
        <location filename="../../ui/report/monthly.py" line="154"/>
        <source>Engagement rate per post</source>
        <translation>Engagement rate bawat post</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="140"/>
        <location filename="../../ui/dashboard/charts.py" line="160"/>
        <source>%1 posts</source>
        <translation>%1 post</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="143"/>
        <source>%1 without a reach figure are left out</source>
        <translation>%1 na walang reach ang hindi isinama</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="163"/>
        <source>ER %1</source>
        <translation>ER %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="165"/>
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
        <location filename="../../ui/dashboard/charts.py" line="204"/>
        <source>Suggested: %1</source>
        <translation>Mungkahi: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="206"/>
        <source>Not enough posts yet for a suggestion.</source>
        <translation>Kulang pa ang post para sa mungkahi.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="207"/>
        <source>%1 posts of the last %2 days; grey: fewer than %3 posts</source>
        <translation>%1 post sa %2 araw; abo: kulang sa %3 post</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="217"/>
        <source>Rubric performance</source>
        <translation>Resulta ng bawat rubrik</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="218"/>
        <source>Blue: the rubric&apos;s share of the period&apos;s posts. Grey: its share in your plan. The engagement rate is the mean over the rubric&apos;s posts.</source>
        <translation>Asul: bahagi ng rubrik sa mga post ng panahon. Abo: bahagi nito sa plano mo. Ang engagement rate ay ang karaniwan sa mga post ng rubrik.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="224"/>
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
        <location filename="../../ui/dashboard/page.py" line="148"/>
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
        <source>For %1: %2 rows to import, %3 already imported, %4 with a problem (they are skipped).</source>
        <translation>Para sa %1: %2 row na ii-import, %3 na-import na, %4 may problema (lalaktawan ang mga ito).</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="241"/>
        <source>Importing…</source>
        <translation>Ini-import…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="247"/>
        <source>Imported %1 figures; %2 posts were new to SMM Desk.</source>
        <translation>Na-import ang %1 numero; %2 post ang bago sa SMM Desk.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="110"/>
        <source>Show one account or all of them together</source>
        <translation>Ipakita ang isang account o lahat nang sabay</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="115"/>
        <source>Add figures</source>
        <translation>Magdagdag</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="119"/>
        <source>Import a stats file, or enter figures by hand</source>
        <translation>Mag-import ng stats file, o mano-manong maglagay ng numero</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="121"/>
        <source>Import a stats file…</source>
        <translation>Mag-import ng stats file…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="122"/>
        <source>Enter a post&apos;s figures…</source>
        <translation>Ilagay ang numero ng post…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="124"/>
        <source>Add ad spend…</source>
        <translation>Magdagdag ng gastos sa ad…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="125"/>
        <source>Ad spend entries…</source>
        <translation>Mga gastos sa ad…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="128"/>
        <source>Report…</source>
        <translation>Ulat…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="129"/>
        <source>Save this period as a PDF report, with its numbers as CSV beside it</source>
        <translation>I-save ang panahong ito bilang PDF na ulat, kasama ang mga numero bilang CSV</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="131"/>
        <source>Refresh</source>
        <translation>I-refresh</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="132"/>
        <source>Fetch the latest figures from the platforms</source>
        <translation>Kunin ang pinakabagong numero mula sa mga platform</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="145"/>
        <source>See what works</source>
        <translation>Tingnan kung ano ang epektibo</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="146"/>
        <source>Your followers, reach and best posts appear here once there are figures: connect an account, or import the stats file a platform lets you download.</source>
        <translation>Lalabas dito ang mga follower, reach at pinakamagandang post mo kapag may numero na: magkonekta ng account, o mag-import ng stats file na puwedeng i-download sa platform.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="159"/>
        <source>Best post</source>
        <translation>Pinakamagandang post</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="176"/>
        <location filename="../../ui/report/monthly.py" line="200"/>
        <source>Top posts</source>
        <translation>Nangungunang post</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="177"/>
        <location filename="../../ui/report/monthly.py" line="204"/>
        <source>Posts that worked least</source>
        <translation>Mga post na pinakamahina</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="223"/>
        <location filename="../../ui/report/monthly.py" line="105"/>
        <source>All accounts</source>
        <translation>Lahat ng account</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="240"/>
        <source>Loading…</source>
        <translation>Naglo-load…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="255"/>
        <source>The figures could not be loaded: %1</source>
        <translation>Hindi ma-load ang mga numero: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="285"/>
        <source>%1 new</source>
        <translation>%1 bago</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="295"/>
        <location filename="../../ui/dashboard/page.py" line="301"/>
        <source>The post with the highest engagement rate by reach in the period.</source>
        <translation>Ang post na may pinakamataas na engagement rate ayon sa reach sa panahong ito.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="309"/>
        <source>%1, compared with %2</source>
        <translation>%1, kumpara sa %2</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="348"/>
        <source>Save the report</source>
        <translation>I-save ang ulat</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="349"/>
        <source>PDF files (*.pdf)</source>
        <translation>Mga PDF file (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="371"/>
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
        <location filename="../../ui/dashboard/period_picker.py" line="35"/>
        <source>Last 7 days</source>
        <translation>Huling 7 araw</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/period_picker.py" line="35"/>
        <source>Last 30 days</source>
        <translation>Huling 30 araw</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/period_picker.py" line="35"/>
        <source>Last 90 days</source>
        <translation>Huling 90 araw</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/period_picker.py" line="36"/>
        <source>This month</source>
        <translation>Ngayong buwan</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/period_picker.py" line="36"/>
        <source>Last month</source>
        <translation>Nakaraang buwan</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/period_picker.py" line="36"/>
        <source>Custom…</source>
        <translation>Custom…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/period_picker.py" line="40"/>
        <source>Every figure is compared with the period just before.</source>
        <translation>Ikinukumpara ang bawat numero sa panahong bago nito.</translation>
    </message>
    <message>
        <location filename="../../ui/report/monthly.py" line="50"/>
        <source>SMM Desk report</source>
        <translation>Ulat ng SMM Desk</translation>
    </message>
    <message>
        <location filename="../../ui/report/monthly.py" line="101"/>
        <source>Monthly report</source>
        <translation>Buwanang ulat</translation>
    </message>
    <message>
        <location filename="../../ui/report/monthly.py" line="106"/>
        <source>%1 · compared with %2</source>
        <translation>%1 · kumpara sa %2</translation>
    </message>
    <message>
        <location filename="../../ui/report/monthly.py" line="119"/>
        <source>This period</source>
        <translation>Panahong ito</translation>
    </message>
    <message>
        <location filename="../../ui/report/monthly.py" line="119"/>
        <source>Previous</source>
        <translation>Nakaraan</translation>
    </message>
    <message>
        <location filename="../../ui/report/monthly.py" line="119"/>
        <source>Change</source>
        <translation>Pagbabago</translation>
    </message>
    <message>
        <location filename="../../ui/report/monthly.py" line="190"/>
        <source>Best time to post (%1 posts; grey: fewer than %2 posts, too few to trust)</source>
        <translation>Pinakamagandang oras mag-post (%1 post; abo: mas kaunti sa %2 post, masyadong kaunti para pagkatiwalaan)</translation>
    </message>
    <message>
        <location filename="../../ui/report/monthly.py" line="197"/>
        <source>Rubric mix: share of posts against the plan, and engagement</source>
        <translation>Halo ng rubrik: bahagi ng post kumpara sa plano, at engagement</translation>
    </message>
    <message>
        <location filename="../../ui/report/painting.py" line="208"/>
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
        <location filename="../../ui/composer/version_tab.py" line="137"/>
        <source>Own version for %1.</source>
        <translation>Sariling bersyon para sa %1.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/version_tab.py" line="142"/>
        <source>Follows the main text. Change it here to adapt it for %1.</source>
        <translation>Sinusunod ang pangunahing teksto. Baguhin ito rito para iangkop sa %1.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/version_tab.py" line="75"/>
        <source>Different time for this account</source>
        <translation>Ibang oras para sa account na ito</translation>
    </message>
    <message>
        <location filename="../../ui/composer/version_tab.py" line="138"/>
        <source>Use the main text again</source>
        <translation>Gamitin ulit ang pangunahing teksto</translation>
    </message>
    <message>
        <location filename="../../ui/composer/version_tab.py" line="144"/>
        <source>Write a separate version</source>
        <translation>Sumulat ng hiwalay na bersyon</translation>
    </message>
</context>
</TS>
