<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
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
        <translation>Er ging iets mis, maar je werk is veilig.</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="80"/>
        <source>SMM Desk keeps running. The details were saved in the log file:
%1</source>
        <translation>SMM Desk blijft werken. De details staan in het logbestand:
%1</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="103"/>
        <source>The data file is damaged, so SMM Desk cannot open it safely.</source>
        <translation>Het gegevensbestand is beschadigd, dus SMM Desk kan het niet veilig openen.</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="107"/>
        <source>SMM Desk can put back the newest good copy, saved %1. The damaged file is kept beside it under a new name (%2), never deleted.</source>
        <translation>SMM Desk kan de nieuwste goede kopie terugzetten, opgeslagen op %1. Het beschadigde bestand blijft ernaast bewaard onder een nieuwe naam (%2) en wordt nooit verwijderd.</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="115"/>
        <source>Put back the copy</source>
        <translation>Kopie terugzetten</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="116"/>
        <source>Not now</source>
        <translation>Nu niet</translation>
    </message>
    <message>
        <source>SMM Desk keeps running. The details were saved in the log file:
{path}</source>
        <translation type="vanished">SMM Desk blijft werken. De details staan in het logbestand:
{path}</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about.py" line="86"/>
        <source>About SMM Desk</source>
        <translation>Over SMM Desk</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="96"/>
        <source>SMM Desk</source>
        <translation>SMM Desk</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation type="vanished">Versie {version}</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="102"/>
        <source>Version %1</source>
        <translation>Versie %1</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="106"/>
        <source>Plan, write, publish and measure your social media posts.</source>
        <translation>Plan, schrijf, publiceer en meet je berichten op sociale media.</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="114"/>
        <source>Your data folder</source>
        <translation>Je gegevensmap</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="117"/>
        <source>Log files</source>
        <translation>Logbestanden</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="123"/>
        <source>SMM Desk is built with the open-source components below. Select one to read its license.</source>
        <translation>SMM Desk is gebouwd met de opensourceonderdelen hieronder. Kies er een om de licentie te lezen.</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="150"/>
        <source>Select a component to read its license.</source>
        <translation>Kies een onderdeel om de licentie te lezen.</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="160"/>
        <source>Copy details</source>
        <translation>Details kopiëren</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="163"/>
        <source>Copy the version and folders, to paste into a message to support.</source>
        <translation>Kopieer de versie en mappen, om te plakken in een bericht aan support.</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="179"/>
        <source>Open folder</source>
        <translation>Map openen</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="195"/>
        <source>no file manager answered</source>
        <translation>geen bestandsbeheerder reageerde</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="201"/>
        <source>Could not open the folder</source>
        <translation>Kan de map niet openen</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="203"/>
        <source>SMM Desk could not open the folder (%1). You can find it here:
%2</source>
        <translation>SMM Desk kan de map niet openen (%1). Je vindt hem hier:
%2</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="235"/>
        <source>No license text ships with this component; its license is %1.</source>
        <translation>Bij dit onderdeel zit geen licentietekst; de licentie is %1.</translation>
    </message>
    <message>
        <source>SMM Desk could not open the folder ({reason}). You can find it here:
{folder}</source>
        <translation type="vanished">SMM Desk kan de map niet openen ({reason}). Je vindt hem hier:
{folder}</translation>
    </message>
    <message>
        <source>No license text ships with this component; its license is {name}.</source>
        <translation type="vanished">Bij dit onderdeel zit geen licentietekst; de licentie is {name}.</translation>
    </message>
</context>
<context>
    <name>AccountChips</name>
    <message>
        <location filename="../../ui/composer/widgets.py" line="191"/>
        <source>Needs reconnecting (Accounts screen)</source>
        <translation>Opnieuw koppelen nodig (scherm Accounts)</translation>
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
        <translation>Laatst gecontroleerd</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="64"/>
        <source>Needs reconnecting</source>
        <translation>Opnieuw koppelen nodig</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="66"/>
        <source>Disconnected</source>
        <translation>Ontkoppeld</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="68"/>
        <source>Reminders (you post)</source>
        <translation>Herinneringen (je post zelf)</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="69"/>
        <source>Connected</source>
        <translation>Gekoppeld</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <location filename="../../ui/accounts/page.py" line="53"/>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="60"/>
        <location filename="../../ui/accounts/page.py" line="69"/>
        <location filename="../../ui/accounts/page.py" line="74"/>
        <source>Connect an account</source>
        <translation>Account koppelen</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="71"/>
        <source>Connect Bluesky, Mastodon or Telegram and SMM Desk posts for you at the planned time. Add Instagram and the others to get a reminder with everything ready.</source>
        <translation>Koppel Bluesky, Mastodon of Telegram en SMM Desk plaatst je berichten op het geplande tijdstip. Voeg Instagram en de andere toe voor een herinnering met alles klaar.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="100"/>
        <source>Test connection</source>
        <translation>Verbinding testen</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="102"/>
        <source>Reconnect…</source>
        <translation>Opnieuw koppelen…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="104"/>
        <location filename="../../ui/accounts/page.py" line="169"/>
        <location filename="../../ui/accounts/page.py" line="263"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="185"/>
        <source>Something went wrong ({name}). Try again; details are in the log.</source>
        <translation>Er ging iets mis ({name}). Probeer het opnieuw; details staan in het logbestand.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="212"/>
        <source>{handle} added. SMM Desk will remind you when its posts are due.</source>
        <translation>{handle} toegevoegd. SMM Desk herinnert je eraan wanneer de berichten klaarstaan.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="217"/>
        <source>{handle} is connected and works.</source>
        <translation>{handle} is gekoppeld en werkt.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="231"/>
        <source>Testing {handle}…</source>
        <translation>{handle} testen…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="237"/>
        <source>{handle} works.</source>
        <translation>{handle} werkt.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="254"/>
        <source>Yes, remove</source>
        <translation>Ja, verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="257"/>
        <source>Remove {handle}? Its saved login is deleted; posts already sent stay in your plan. Click &quot;Yes, remove&quot; to go ahead.</source>
        <translation>{handle} verwijderen? De opgeslagen inlog wordt gewist; verzonden berichten blijven in je planning. Klik op &quot;Ja, verwijderen&quot; om door te gaan.</translation>
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
        <translation>Kan het concept niet opslaan (%1). Je tekst staat er nog.</translation>
    </message>
</context>
<context>
    <name>BacklogPanel</name>
    <message>
        <location filename="../../ui/calendar/backlog.py" line="37"/>
        <source>Ideas</source>
        <translation>Ideeën</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/backlog.py" line="45"/>
        <source>Recently edited</source>
        <translation>Laatst bewerkt</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/backlog.py" line="46"/>
        <source>Newest</source>
        <translation>Nieuwste</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/backlog.py" line="47"/>
        <source>A–Z</source>
        <translation>A–Z</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/backlog.py" line="48"/>
        <source>By rubric</source>
        <translation>Per rubriek</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/backlog.py" line="56"/>
        <source>Posts without a date. Drag one onto a day, or put it in the queue.</source>
        <translation>Berichten zonder datum. Sleep er een naar een dag, of zet hem in de wachtrij.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/backlog.py" line="76"/>
        <source>Add to queue</source>
        <translation>Naar wachtrij</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/backlog.py" line="78"/>
        <source>Put the selected ideas into each account&apos;s next free posting time</source>
        <translation>Zet de gekozen ideeën op het volgende vrije tijdstip van elk account</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/backlog.py" line="88"/>
        <source>Ideas (%1)</source>
        <translation>Ideeën (%1)</translation>
    </message>
</context>
<context>
    <name>ComponentsModel</name>
    <message>
        <location filename="../../ui/about.py" line="49"/>
        <source>Component</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="49"/>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="49"/>
        <source>License</source>
        <translation>Licentie</translation>
    </message>
</context>
<context>
    <name>ComposePage</name>
    <message>
        <location filename="../../ui/composer/page.py" line="135"/>
        <source>Post to:</source>
        <translation>Plaatsen op:</translation>
    </message>
    <message>
        <location filename="../../ui/composer/page.py" line="139"/>
        <source>Rubric:</source>
        <translation>Rubriek:</translation>
    </message>
    <message>
        <location filename="../../ui/composer/page.py" line="145"/>
        <source>New post</source>
        <translation>Nieuw bericht</translation>
    </message>
    <message>
        <location filename="../../ui/composer/page.py" line="150"/>
        <source>No accounts yet: add one on the Accounts screen. You can already write.</source>
        <translation>Nog geen accounts: voeg er een toe op het scherm Accounts. Schrijven kan al.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/page.py" line="166"/>
        <source>Write your post here. Each account can get its own version in its tab.</source>
        <translation>Schrijf hier je bericht. Elk account kan een eigen versie krijgen op zijn tabblad.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/page.py" line="191"/>
        <source>Instagram shape:</source>
        <translation>Instagram-formaat:</translation>
    </message>
    <message>
        <location filename="../../ui/composer/page.py" line="306"/>
        <source>Something went wrong: %1. Your text is still here.</source>
        <translation>Er ging iets mis: %1. Je tekst staat er nog.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/page.py" line="179"/>
        <source>Main text</source>
        <translation>Hoofdtekst</translation>
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
        <translation>App-wachtwoord</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="43"/>
        <source>In Bluesky: Settings &gt; Privacy and security &gt; App passwords &gt; Add. Never use your main password here.</source>
        <translation>In Bluesky: Instellingen &gt; Privacy en beveiliging &gt; App-wachtwoorden &gt; Toevoegen. Gebruik hier nooit je hoofdwachtwoord.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="50"/>
        <source>Account name</source>
        <translation>Accountnaam</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="52"/>
        <source>Access token</source>
        <translation>Toegangstoken</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="53"/>
        <source>On your server: Preferences &gt; Development &gt; New application (allow read and write), then copy &quot;Your access token&quot;.</source>
        <translation>Op je server: Voorkeuren &gt; Ontwikkelen &gt; Nieuwe toepassing (met lees- en schrijfrechten), en kopieer dan “Jouw toegangscode”.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="60"/>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="62"/>
        <source>Bot token</source>
        <translation>Bot-token</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="63"/>
        <source>Ask @BotFather for a bot (/newbot) and copy its token. Then make the bot an administrator of your channel who may post messages.</source>
        <translation>Vraag @BotFather om een bot (/newbot) en kopieer het token. Maak de bot daarna beheerder van je kanaal, met het recht om berichten te plaatsen.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="147"/>
        <source>Reconnect account</source>
        <extracomment>VK: photos need a person&apos;s token (VK does not let a community token upload them). Opens a web address in the browser (tests record it instead).</extracomment>
        <translation>Account opnieuw koppelen</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="147"/>
        <source>Connect an account</source>
        <translation>Account koppelen</translation>
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
        <translation>Serveradres</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="170"/>
        <source>User token (optional)</source>
        <translation>Gebruikerstoken (optioneel)</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="173"/>
        <source>Only for posts with photos</source>
        <translation>Alleen voor berichten met foto&apos;s</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="177"/>
        <source>How</source>
        <translation>Hoe</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="181"/>
        <source>Sign in through the browser (easiest)</source>
        <translation>Inloggen via de browser (makkelijkst)</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="182"/>
        <source>Paste an access token</source>
        <translation>Toegangstoken plakken</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="191"/>
        <source>Open the sign-in page</source>
        <translation>Inlogpagina openen</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="202"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="204"/>
        <source>Paste the code your server shows</source>
        <translation>Plak de code die je server toont</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="222"/>
        <location filename="../../ui/accounts/connect_dialog.py" line="400"/>
        <source>Reconnect</source>
        <translation>Opnieuw koppelen</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="222"/>
        <location filename="../../ui/accounts/connect_dialog.py" line="400"/>
        <source>Connect</source>
        <translation>Koppelen</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="262"/>
        <source>(filled in from your server)</source>
        <translation>(ingevuld door je server)</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="270"/>
        <source>Server (leave empty for bsky.social)</source>
        <translation>Server (leeg laten voor bsky.social)</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="305"/>
        <source>Enter your server&apos;s address first, e.g. mastodon.social</source>
        <translation>Vul eerst het adres van je server in, bijv. mastodon.social</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="314"/>
        <source>Open the sign-in page again</source>
        <translation>Inlogpagina opnieuw openen</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="317"/>
        <source>If the browser did not open, &lt;a href=&quot;{url}&quot;&gt;click here&lt;/a&gt;.</source>
        <translation>Opende de browser niet? &lt;a href=&quot;{url}&quot;&gt;Klik dan hier&lt;/a&gt;.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="338"/>
        <location filename="../../ui/accounts/connect_dialog.py" line="378"/>
        <source>Checking…</source>
        <translation>Controleren…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="371"/>
        <source>Click &quot;Open the sign-in page&quot; first.</source>
        <translation>Klik eerst op &quot;Inlogpagina openen&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="374"/>
        <source>Paste the code your server showed after you allowed it.</source>
        <translation>Plak de code die je server toonde nadat je toestemming gaf.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="405"/>
        <source>Connecting failed unexpectedly ({name}). Try again.</source>
        <translation>Koppelen is onverwacht mislukt ({name}). Probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>CounterBar</name>
    <message>
        <location filename="../../ui/composer/widgets.py" line="240"/>
        <source>%1: %2 characters left</source>
        <translation>%1: nog %2 tekens</translation>
    </message>
</context>
<context>
    <name>DatabaseBusy</name>
    <message>
        <location filename="../../ui/db_busy.py" line="16"/>
        <source>SMM Desk&apos;s database is busy with another task (an import?). Your change was not saved yet; try again in a moment.</source>
        <translation>De database van SMM Desk is bezig met een andere taak (een import?). Je wijziging is nog niet opgeslagen; probeer het zo opnieuw.</translation>
    </message>
</context>
<context>
    <name>DayCellDelegate</name>
    <message>
        <location filename="../../ui/calendar/delegate.py" line="214"/>
        <location filename="../../ui/calendar/delegate.py" line="219"/>
        <source>nothing planned</source>
        <translation>niets gepland</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar/delegate.py" line="236"/>
        <source>+%n more</source>
        <translation>
            <numerusform>+%n meer</numerusform>
            <numerusform>+%n meer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar/delegate.py" line="238"/>
        <source>%n post(s)</source>
        <translation>
            <numerusform>%n bericht</numerusform>
            <numerusform>%n berichten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <location filename="../../ui/calendar/details.py" line="41"/>
        <source>Edit</source>
        <translation>Bewerken</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/details.py" line="43"/>
        <source>Open this post in Compose (or double-click it)</source>
        <translation>Open dit bericht in Schrijven (of dubbelklik erop)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/details.py" line="57"/>
        <source>No post selected</source>
        <translation>Geen bericht gekozen</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/details.py" line="60"/>
        <source>Click a post to see it here. Drag it to another day to move it; hold Ctrl while dropping to copy it.</source>
        <translation>Klik op een bericht om het hier te zien. Sleep het naar een andere dag om het te verplaatsen; houd Ctrl ingedrukt bij het loslaten om het te kopiëren.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/details.py" line="82"/>
        <source>No rubric</source>
        <translation>Geen rubriek</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/details.py" line="87"/>
        <source>Needs a photo for %1: open it and add one.</source>
        <translation>Heeft een foto nodig voor %1: open het bericht en voeg er een toe.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="290"/>
        <location filename="../../ui/calendar/import_dialog.py" line="327"/>
        <source>Export the plan</source>
        <translation>Planning exporteren</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="298"/>
        <source>Spreadsheet (CSV)</source>
        <translation>Spreadsheet (CSV)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="299"/>
        <source>Calendar file (.ics)</source>
        <translation>Agendabestand (.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="300"/>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="301"/>
        <source>To</source>
        <translation>Tot</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="302"/>
        <source>Format</source>
        <translation>Formaat</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="305"/>
        <source>Both days are included. A CSV opens in a spreadsheet and can be imported again; an .ics file opens in Google Calendar, Apple Calendar, Outlook or Thunderbird.</source>
        <translation>Beide dagen tellen mee. Een CSV opent in een spreadsheet en kan opnieuw worden geïmporteerd; een .ics-bestand opent in Google Agenda, Apple Agenda, Outlook of Thunderbird.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="315"/>
        <source>Save as…</source>
        <translation>Opslaan als…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="344"/>
        <source>Could not save %1: %2</source>
        <translation>Kan %1 niet opslaan: %2</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="347"/>
        <source>Saved %1 posts to %2.</source>
        <translation>%1 berichten opgeslagen in %2.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="156"/>
        <source>All states</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="158"/>
        <source>Scheduled</source>
        <translation>Ingepland</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="159"/>
        <source>Drafts</source>
        <translation>Concepten</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="160"/>
        <source>Published</source>
        <translation>Gepubliceerd</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="161"/>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="162"/>
        <source>Needs attention</source>
        <translation>Actie nodig</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="163"/>
        <source>Needs you</source>
        <translation>Wacht op jou</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="169"/>
        <source>Search posts (Ctrl+F)</source>
        <translation>Berichten zoeken (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="195"/>
        <source>All accounts</source>
        <translation>Elk account</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="199"/>
        <source>All platforms</source>
        <translation>Elk platform</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="204"/>
        <source>All rubrics</source>
        <translation>Alle rubrieken</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="207"/>
        <source>No rubric</source>
        <translation>Geen rubriek</translation>
    </message>
</context>
<context>
    <name>FocalPointWidget</name>
    <message>
        <location filename="../../ui/media/focal.py" line="28"/>
        <source>Click the most important spot (the product): every crop keeps it</source>
        <translation>Klik op het belangrijkste punt (het product): elke uitsnede houdt het in beeld</translation>
    </message>
</context>
<context>
    <name>GuiPublisher</name>
    <message numerus="yes">
        <location filename="../../ui/publishing/publisher.py" line="128"/>
        <source>SMM Desk: %n post(s) waiting to be published</source>
        <translation>
            <numerusform>SMM Desk: %n bericht wacht op publicatie</numerusform>
            <numerusform>SMM Desk: %n berichten wachten op publicatie</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/publishing/publisher.py" line="134"/>
        <source>Publishing paused: %1</source>
        <translation>Publiceren gepauzeerd: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/publishing/publisher.py" line="147"/>
        <source>%n post(s) published</source>
        <translation>
            <numerusform>%n bericht gepubliceerd</numerusform>
            <numerusform>%n berichten gepubliceerd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/publishing/publisher.py" line="149"/>
        <source>%n will be retried</source>
        <translation>
            <numerusform>%n wordt opnieuw geprobeerd</numerusform>
            <numerusform>%n worden opnieuw geprobeerd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/publishing/publisher.py" line="151"/>
        <source>%n failed — see why in the plan</source>
        <translation>
            <numerusform>%n mislukt — zie waarom in de planning</numerusform>
            <numerusform>%n mislukt — zie waarom in de planning</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/publishing/publisher.py" line="153"/>
        <source>%n need(s) checking</source>
        <translation>
            <numerusform>%n moet gecontroleerd worden</numerusform>
            <numerusform>%n moeten gecontroleerd worden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/publishing/publisher.py" line="226"/>
        <source>Time to post on %1</source>
        <translation>Tijd om te posten op %1</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/publisher.py" line="229"/>
        <source>The text is copied and the photos are in a folder. Click here to see the post for %1.</source>
        <translation>De tekst is gekopieerd en de foto&apos;s staan in een map. Klik hier om het bericht voor %1 te zien.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/publisher.py" line="239"/>
        <source>A post to %1 failed</source>
        <translation>Een bericht naar %1 is mislukt</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/publisher.py" line="246"/>
        <source>Check a post on %1</source>
        <translation>Controleer een bericht op %1</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/publisher.py" line="249"/>
        <source>SMM Desk cannot tell whether the post to %1 went out. Click here to check it.</source>
        <translation>SMM Desk weet niet of het bericht naar %1 is verstuurd. Klik hier om het te controleren.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/publisher.py" line="273"/>
        <source>Reconnect %1 on %2</source>
        <translation>%1 op %2 opnieuw koppelen</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/publisher.py" line="240"/>
        <source>Click here to see why.</source>
        <translation>Klik hier om te zien waarom.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/publisher.py" line="275"/>
        <source>Its posts wait until you sign in again. Click here to reconnect.</source>
        <translation>De berichten wachten tot je opnieuw inlogt. Klik hier om opnieuw te koppelen.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="120"/>
        <source>Import posts from a spreadsheet</source>
        <translation>Berichten importeren uit een spreadsheet</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="127"/>
        <source>A CSV file with the columns scheduled_at, accounts, text, media and rubric. Nothing is imported until every row is fine.</source>
        <translation>Een CSV-bestand met de kolommen scheduled_at, accounts, text, media en rubric. Er wordt niets geïmporteerd tot elke rij in orde is.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="136"/>
        <source>No file chosen</source>
        <translation>Geen bestand gekozen</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="137"/>
        <source>Choose file…</source>
        <translation>Bestand kiezen…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="139"/>
        <source>Check again</source>
        <translation>Opnieuw controleren</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="141"/>
        <source>Read the file again after you fixed and saved it in your spreadsheet</source>
        <translation>Lees het bestand opnieuw nadat je het in je spreadsheet hebt verbeterd en opgeslagen</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="150"/>
        <source>Rows without a date go into the queue (otherwise they become ideas)</source>
        <translation>Rijen zonder datum gaan in de wachtrij (anders worden het ideeën)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="153"/>
        <source>Show only the rows with a problem</source>
        <translation>Alleen rijen met een probleem tonen</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="176"/>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="188"/>
        <source>Choose a CSV file</source>
        <translation>Kies een CSV-bestand</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="188"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="224"/>
        <source>Checking the rows: %1 of %2…</source>
        <translation>Rijen controleren: %1 van %2…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="242"/>
        <source>%1 of %2 rows have a problem (in red). Fix them in your spreadsheet, save, and press Check again. Nothing has been imported.</source>
        <translation>%1 van de %2 rijen hebben een probleem (in rood). Verbeter ze in je spreadsheet, sla op en klik op Opnieuw controleren. Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="250"/>
        <source>%1 rows are ready to import.</source>
        <translation>%1 rijen zijn klaar om te importeren.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="253"/>
        <source>The file has no rows to import.</source>
        <translation>Het bestand heeft geen rijen om te importeren.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="76"/>
        <source>Plan</source>
        <translation>Planning</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="77"/>
        <source>Compose</source>
        <translation>Schrijven</translation>
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
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="81"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="182"/>
        <source>SMM Desk</source>
        <translation>SMM Desk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="199"/>
        <source>Opening your workspace…</source>
        <translation>Je werkruimte wordt geopend…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="205"/>
        <source>Opening…</source>
        <translation>Openen…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="258"/>
        <source>SMM Desk — demo workspace</source>
        <translation>SMM Desk — demowerkruimte</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="340"/>
        <source>Workspace not open</source>
        <translation>Werkruimte niet geopend</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="424"/>
        <source>No accounts connected yet</source>
        <translation>Nog geen accounts gekoppeld</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="426"/>
        <source>No posts scheduled today</source>
        <translation>Vandaag geen berichten ingepland</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="428"/>
        <source>%n post(s) scheduled today</source>
        <translation>
            <numerusform>Vandaag %n bericht ingepland</numerusform>
            <numerusform>Vandaag %n berichten ingepland</numerusform>
        </translation>
    </message>
    <message>
        <source>next at {time}</source>
        <translation type="vanished">volgende om {time}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="432"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n mislukt</numerusform>
            <numerusform>%n mislukt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="434"/>
        <source>%n need(s) you</source>
        <translation>
            <numerusform>%n vraagt je aandacht</numerusform>
            <numerusform>%n vragen je aandacht</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="437"/>
        <source>Click to see the posts that need you</source>
        <translation>Klik om de berichten te zien die op jou wachten</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="439"/>
        <source>Click to see today&apos;s plan</source>
        <translation>Klik om de planning van vandaag te zien</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="501"/>
        <source>Network status unknown</source>
        <translation>Netwerkstatus onbekend</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="497"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="430"/>
        <source>next at %1</source>
        <translation>volgende om %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="499"/>
        <source>Offline — posts wait until you are back online</source>
        <translation>Offline — berichten wachten tot je weer online bent</translation>
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
        <translation>Zoeken op bestandsnaam of beschrijving</translation>
    </message>
    <message>
        <location filename="../../ui/media/page.py" line="95"/>
        <location filename="../../ui/media/page.py" line="120"/>
        <source>Import photos…</source>
        <translation>Foto&apos;s importeren…</translation>
    </message>
    <message>
        <location filename="../../ui/media/intake.py" line="109"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../ui/media/page.py" line="115"/>
        <source>Your photos</source>
        <translation>Je foto&apos;s</translation>
    </message>
    <message>
        <location filename="../../ui/media/page.py" line="117"/>
        <source>Keep your product photos here, ready for every platform. Import them, drop them on this window or paste them.</source>
        <translation>Bewaar hier je productfoto&apos;s, klaar voor elk platform. Importeer ze, sleep ze naar dit venster of plak ze.</translation>
    </message>
    <message>
        <location filename="../../ui/media/page.py" line="143"/>
        <source>No photo matches your search.</source>
        <translation>Geen foto gevonden met je zoekopdracht.</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="88"/>
        <source>Click the most important spot of the photo: every crop keeps it.</source>
        <translation>Klik op het belangrijkste punt van de foto: elke uitsnede houdt het in beeld.</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="97"/>
        <source>Description for people who cannot see the photo (alt text)</source>
        <translation>Beschrijving voor mensen die de foto niet kunnen zien (alt-tekst)</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="101"/>
        <source>For example: Three golden croissants on a wooden board</source>
        <translation>Bijvoorbeeld: Drie goudbruine croissants op een houten plank</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="104"/>
        <source>Used in</source>
        <translation>Gebruikt in</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="111"/>
        <location filename="../../ui/media/page.py" line="295"/>
        <source>Delete photo</source>
        <translation>Foto verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="115"/>
        <source>What each platform will show</source>
        <translation>Wat elk platform laat zien</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="170"/>
        <source>Not used in any post yet</source>
        <translation>Nog in geen enkel bericht gebruikt</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="43"/>
        <location filename="../../ui/media/details.py" line="173"/>
        <source>scheduled</source>
        <translation>ingepland</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="42"/>
        <source>draft</source>
        <translation>concept</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="44"/>
        <source>publishing</source>
        <translation>wordt gepubliceerd</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="45"/>
        <source>will retry</source>
        <translation>nieuwe poging</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="46"/>
        <source>published</source>
        <translation>gepubliceerd</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="47"/>
        <source>failed</source>
        <translation>mislukt</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="48"/>
        <source>needs attention</source>
        <translation>actie nodig</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="49"/>
        <source>to post now</source>
        <translation>nu plaatsen</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="50"/>
        <source>skipped</source>
        <translation>overgeslagen</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="175"/>
        <source>no account yet</source>
        <translation>nog geen account</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="176"/>
        <source>Untitled post</source>
        <translation>Naamloos bericht</translation>
    </message>
    <message>
        <location filename="../../ui/media/page.py" line="220"/>
        <source>Import photos</source>
        <translation>Foto&apos;s importeren</translation>
    </message>
    <message>
        <location filename="../../ui/media/page.py" line="220"/>
        <source>Photos</source>
        <translation>Foto&apos;s</translation>
    </message>
    <message>
        <location filename="../../ui/media/intake.py" line="159"/>
        <source>Importing %1 of %2…</source>
        <translation>%1 van %2 importeren…</translation>
    </message>
    <message>
        <location filename="../../ui/media/page.py" line="244"/>
        <source>Import stopped.</source>
        <translation>Importeren gestopt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/media/page.py" line="246"/>
        <source>%n photo(s) added.</source>
        <translation>
            <numerusform>%n foto toegevoegd.</numerusform>
            <numerusform>%n foto&apos;s toegevoegd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/media/page.py" line="248"/>
        <source>%n photo(s) were already in the library.</source>
        <translation>
            <numerusform>%n foto stond al in de bibliotheek.</numerusform>
            <numerusform>%n foto&apos;s stonden al in de bibliotheek.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/media/intake.py" line="135"/>
        <source>Pasted photo</source>
        <translation>Geplakte foto</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/media/page.py" line="288"/>
        <source>This photo is in %n scheduled post(s):</source>
        <translation>
            <numerusform>Deze foto zit in %n ingepland bericht:</numerusform>
            <numerusform>Deze foto zit in %n ingeplande berichten:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/media/page.py" line="290"/>
        <source>Deleting it takes it out of those posts. Delete it anyway?</source>
        <translation>Verwijderen haalt hem uit die berichten. Toch verwijderen?</translation>
    </message>
    <message>
        <location filename="../../ui/media/page.py" line="293"/>
        <source>Delete %1 from the library? This cannot be undone.</source>
        <translation>%1 uit de bibliotheek verwijderen? Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <location filename="../../ui/media/page.py" line="304"/>
        <source>%1 was deleted.</source>
        <translation>%1 is verwijderd.</translation>
    </message>
</context>
<context>
    <name>MediaPreviews</name>
    <message>
        <location filename="../../ui/media/previews.py" line="39"/>
        <source>landscape</source>
        <translation>liggend</translation>
    </message>
    <message>
        <location filename="../../ui/media/previews.py" line="40"/>
        <source>link</source>
        <translation>link</translation>
    </message>
    <message>
        <location filename="../../ui/media/previews.py" line="41"/>
        <source>photo</source>
        <translation>foto</translation>
    </message>
    <message>
        <location filename="../../ui/media/previews.py" line="42"/>
        <source>pin</source>
        <translation>pin</translation>
    </message>
    <message>
        <location filename="../../ui/media/previews.py" line="43"/>
        <source>portrait</source>
        <translation>staand</translation>
    </message>
    <message>
        <location filename="../../ui/media/previews.py" line="44"/>
        <source>square</source>
        <translation>vierkant</translation>
    </message>
    <message>
        <location filename="../../ui/media/previews.py" line="45"/>
        <source>story</source>
        <translation>verhaal</translation>
    </message>
    <message>
        <location filename="../../ui/media/previews.py" line="46"/>
        <source>thumbnail</source>
        <translation>miniatuur</translation>
    </message>
    <message>
        <location filename="../../ui/media/previews.py" line="54"/>
        <source>shape kept</source>
        <translation>vorm behouden</translation>
    </message>
</context>
<context>
    <name>MediaStrip</name>
    <message>
        <location filename="../../ui/composer/media_strip.py" line="101"/>
        <source>Photos</source>
        <translation>Foto&apos;s</translation>
    </message>
    <message>
        <location filename="../../ui/composer/media_strip.py" line="104"/>
        <source>Add photos…</source>
        <translation>Foto&apos;s toevoegen…</translation>
    </message>
    <message>
        <location filename="../../ui/composer/media_strip.py" line="107"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/composer/media_strip.py" line="117"/>
        <source>Drop photos here, or use Add photos…</source>
        <translation>Sleep foto&apos;s hierheen, of gebruik Foto&apos;s toevoegen…</translation>
    </message>
    <message>
        <location filename="../../ui/composer/media_strip.py" line="122"/>
        <source>Describe the selected photo for people who cannot see it (alt text)</source>
        <translation>Beschrijf de gekozen foto voor mensen die hem niet kunnen zien (alt-tekst)</translation>
    </message>
    <message>
        <location filename="../../ui/composer/media_strip.py" line="179"/>
        <source>⚠ no description</source>
        <translation>⚠ geen beschrijving</translation>
    </message>
    <message>
        <location filename="../../ui/composer/media_strip.py" line="182"/>
        <source>%1: add a description so people who cannot see it know what it shows</source>
        <translation>%1: voeg een beschrijving toe zodat mensen die hem niet kunnen zien weten wat erop staat</translation>
    </message>
</context>
<context>
    <name>MissedPostsDialog</name>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="49"/>
        <source>Posts that missed their time</source>
        <translation>Berichten die hun tijdstip misten</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="54"/>
        <source>These posts were due while SMM Desk was closed, so they were not sent. Choose for each: post it now, pick a new time, or skip it.</source>
        <translation>Deze berichten stonden gepland terwijl SMM Desk gesloten was, dus ze zijn niet verstuurd. Kies per bericht: nu plaatsen, een nieuw tijdstip kiezen of overslaan.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="62"/>
        <source>Was due</source>
        <translation>Gepland voor</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="62"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="62"/>
        <source>Post</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="74"/>
        <source>Post now</source>
        <translation>Nu plaatsen</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="80"/>
        <source>Move to this time</source>
        <translation>Naar dit tijdstip</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="82"/>
        <source>Skip</source>
        <translation>Overslaan</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="94"/>
        <source>Decide later</source>
        <translation>Later beslissen</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="121"/>
        <source>Select one or more posts first.</source>
        <translation>Kies eerst een of meer berichten.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="143"/>
        <source>They will be sent in a moment.</source>
        <translation>Ze worden zo verstuurd.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="151"/>
        <source>Moved to the new time.</source>
        <translation>Verplaatst naar het nieuwe tijdstip.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="157"/>
        <source>Skipped: they stay in the plan, unsent.</source>
        <translation>Overgeslagen: ze blijven in de planning, onverzonden.</translation>
    </message>
</context>
<context>
    <name>MixBar</name>
    <message>
        <location filename="../../ui/calendar/mix_bar.py" line="33"/>
        <source>No rubrics yet: rubrics are the kinds of post you make (products, tips, offers…), and this bar shows their mix against your targets.</source>
        <translation>Nog geen rubrieken: rubrieken zijn de soorten berichten die je maakt (producten, tips, aanbiedingen…), en deze balk toont hun mix tegenover je streefaandelen.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/mix_bar.py" line="40"/>
        <source>Add a rubric…</source>
        <translation>Rubriek toevoegen…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/mix_bar.py" line="63"/>
        <source>No rubric</source>
        <translation>Geen rubriek</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/mix_bar.py" line="69"/>
        <source>%1: %2 (target %3)</source>
        <translation>%1: %2 (doel %3)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar/mix_bar.py" line="76"/>
        <source>Rubric mix of %n post(s): </source>
        <translation>
            <numerusform>Rubriekmix van %n bericht: </numerusform>
            <numerusform>Rubriekmix van %n berichten: </numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/calendar/mix_bar.py" line="79"/>
        <source>No posts in this month yet: the mix shows once you plan some.</source>
        <translation>Nog geen berichten deze maand: de mix verschijnt zodra je er plant.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/mix_bar.py" line="134"/>
        <source>%1 target</source>
        <translation>doel %1</translation>
    </message>
</context>
<context>
    <name>MoveToDateDialog</name>
    <message>
        <location filename="../../ui/calendar/post_menu.py" line="42"/>
        <source>Move to a date</source>
        <translation>Naar een datum verplaatsen</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_menu.py" line="44"/>
        <source>The post keeps its time of day.</source>
        <translation>Het bericht houdt zijn tijdstip.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_menu.py" line="55"/>
        <source>Move</source>
        <translation>Verplaatsen</translation>
    </message>
</context>
<context>
    <name>NavigationBar</name>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="54"/>
        <source>Previous (Page Up)</source>
        <translation>Vorige (Page Up)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="57"/>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="58"/>
        <source>Go to today (Ctrl+T)</source>
        <translation>Naar vandaag (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="62"/>
        <source>Next (Page Down)</source>
        <translation>Volgende (Page Down)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="75"/>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="75"/>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="75"/>
        <source>List</source>
        <translation>Lijst</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="90"/>
        <source>Calendar system</source>
        <translation>Kalendersysteem</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="92"/>
        <source>Gregorian</source>
        <translation>Gregoriaans</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="93"/>
        <source>Persian (Jalali)</source>
        <translation>Perzisch (Jalali)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="94"/>
        <source>Islamic (civil)</source>
        <translation>Islamitisch (civiel)</translation>
    </message>
</context>
<context>
    <name>OverlayPanel</name>
    <message>
        <location filename="../../ui/media/overlay_panel.py" line="27"/>
        <source>Bottom right</source>
        <translation>Rechtsonder</translation>
    </message>
    <message>
        <location filename="../../ui/media/overlay_panel.py" line="28"/>
        <source>Bottom left</source>
        <translation>Linksonder</translation>
    </message>
    <message>
        <location filename="../../ui/media/overlay_panel.py" line="29"/>
        <source>Top right</source>
        <translation>Rechtsboven</translation>
    </message>
    <message>
        <location filename="../../ui/media/overlay_panel.py" line="30"/>
        <source>Top left</source>
        <translation>Linksboven</translation>
    </message>
    <message>
        <location filename="../../ui/media/overlay_panel.py" line="42"/>
        <source>Your logo on the photos you post</source>
        <translation>Je logo op de foto&apos;s die je plaatst</translation>
    </message>
    <message>
        <location filename="../../ui/media/overlay_panel.py" line="47"/>
        <source>Add my logo (the photos in your library stay as they are)</source>
        <translation>Mijn logo toevoegen (de foto&apos;s in je bibliotheek blijven zoals ze zijn)</translation>
    </message>
    <message>
        <location filename="../../ui/media/overlay_panel.py" line="51"/>
        <location filename="../../ui/media/overlay_panel.py" line="85"/>
        <source>No logo chosen yet</source>
        <translation>Nog geen logo gekozen</translation>
    </message>
    <message>
        <location filename="../../ui/media/overlay_panel.py" line="52"/>
        <source>Choose logo…</source>
        <translation>Logo kiezen…</translation>
    </message>
    <message>
        <location filename="../../ui/media/overlay_panel.py" line="56"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../ui/media/overlay_panel.py" line="60"/>
        <source>Corner</source>
        <translation>Hoek</translation>
    </message>
    <message>
        <location filename="../../ui/media/overlay_panel.py" line="63"/>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <location filename="../../ui/media/overlay_panel.py" line="66"/>
        <source>Visibility</source>
        <translation>Zichtbaarheid</translation>
    </message>
    <message>
        <location filename="../../ui/media/overlay_panel.py" line="85"/>
        <source>Logo chosen</source>
        <translation>Logo gekozen</translation>
    </message>
    <message>
        <location filename="../../ui/media/overlay_panel.py" line="108"/>
        <source>Choose your logo</source>
        <translation>Kies je logo</translation>
    </message>
    <message>
        <location filename="../../ui/media/overlay_panel.py" line="110"/>
        <source>Pictures</source>
        <translation>Afbeeldingen</translation>
    </message>
</context>
<context>
    <name>PhotoIntake</name>
    <message>
        <location filename="../../ui/composer/photo_intake.py" line="75"/>
        <source>Add photos</source>
        <translation>Foto&apos;s toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/composer/photo_intake.py" line="77"/>
        <source>Photos (*.jpg *.jpeg *.png *.webp *.gif *.heic *.heif)</source>
        <translation>Foto&apos;s (*.jpg *.jpeg *.png *.webp *.gif *.heic *.heif)</translation>
    </message>
    <message>
        <location filename="../../ui/composer/photo_intake.py" line="91"/>
        <source>Pasted %1.png</source>
        <translation>Geplakt %1.png</translation>
    </message>
</context>
<context>
    <name>PlanActionsBar</name>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="64"/>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="67"/>
        <source>Redo</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="87"/>
        <source>How many days Earlier, Later and Duplicate move or copy the selected posts</source>
        <translation>Hoeveel dagen Eerder, Later en Dupliceren de gekozen berichten verplaatsen of kopiëren</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="96"/>
        <source>Earlier</source>
        <translation>Eerder</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="98"/>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="100"/>
        <source>Duplicate</source>
        <translation>Dupliceren</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="104"/>
        <source>Back to ideas</source>
        <translation>Terug naar ideeën</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="106"/>
        <source>Take the selected posts off the calendar; they stay in your ideas</source>
        <translation>Haal de gekozen berichten van de kalender; ze blijven bij je ideeën</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="109"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="110"/>
        <source>Delete the selected posts (Delete)</source>
        <translation>De gekozen berichten verwijderen (Delete)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="122"/>
        <source>Import CSV…</source>
        <translation>CSV importeren…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="123"/>
        <source>Import posts from a spreadsheet (CSV)</source>
        <translation>Berichten importeren uit een spreadsheet (CSV)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="125"/>
        <source>Export…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="126"/>
        <source>Save the plan as a CSV or a calendar (.ics) file</source>
        <translation>De planning opslaan als CSV- of agendabestand (.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="128"/>
        <source>Rubrics…</source>
        <translation>Rubrieken…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="130"/>
        <source>Posting times…</source>
        <translation>Posttijden…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="137"/>
        <source>Set up</source>
        <translation>Instellen</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="139"/>
        <source>Rubrics and posting times</source>
        <translation>Rubrieken en posttijden</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="143"/>
        <source>Ideas</source>
        <translation>Ideeën</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="145"/>
        <source>Show or hide the ideas and the post details</source>
        <translation>Ideeën en berichtdetails tonen of verbergen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar/actions_bar.py" line="181"/>
        <source>%n selected</source>
        <translation>
            <numerusform>%n gekozen</numerusform>
            <numerusform>%n gekozen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="183"/>
        <source>No post selected</source>
        <translation>Geen bericht gekozen</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="186"/>
        <source>Click a post to select it; Ctrl-click to select several</source>
        <translation>Klik op een bericht om het te kiezen; Ctrl-klik om er meerdere te kiezen</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="192"/>
        <source>by </source>
        <translation>met </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar/actions_bar.py" line="193"/>
        <source> day(s)</source>
        <translation>
            <numerusform> dag</numerusform>
            <numerusform> dagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar/actions_bar.py" line="203"/>
        <source>Move the selected posts %n day(s) earlier, same time of day (Alt+←)</source>
        <translation>
            <numerusform>De gekozen berichten %n dag eerder zetten, zelfde tijdstip (Alt+←)</numerusform>
            <numerusform>De gekozen berichten %n dagen eerder zetten, zelfde tijdstip (Alt+←)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar/actions_bar.py" line="210"/>
        <source>Move the selected posts %n day(s) later, same time of day (Alt+→)</source>
        <translation>
            <numerusform>De gekozen berichten %n dag later zetten, zelfde tijdstip (Alt+→)</numerusform>
            <numerusform>De gekozen berichten %n dagen later zetten, zelfde tijdstip (Alt+→)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar/actions_bar.py" line="215"/>
        <source>Copy the selected posts %n day(s) later (Ctrl+D)</source>
        <translation>
            <numerusform>De gekozen berichten %n dag later kopiëren (Ctrl+D)</numerusform>
            <numerusform>De gekozen berichten %n dagen later kopiëren (Ctrl+D)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanModels</name>
    <message>
        <location filename="../../ui/calendar/models.py" line="60"/>
        <source>Draft</source>
        <translation>Concept</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="61"/>
        <source>Scheduled</source>
        <translation>Ingepland</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="62"/>
        <source>Publishing</source>
        <translation>Wordt gepubliceerd</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="63"/>
        <source>Will retry</source>
        <translation>Nieuwe poging</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="64"/>
        <source>Published</source>
        <translation>Gepubliceerd</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="65"/>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="66"/>
        <source>Needs attention</source>
        <translation>Actie nodig</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="67"/>
        <source>Post it now</source>
        <translation>Nu plaatsen</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="68"/>
        <source>Skipped</source>
        <translation>Overgeslagen</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="233"/>
        <location filename="../../ui/calendar/week.py" line="177"/>
        <source>%n post(s)</source>
        <translation>%n bericht(en)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="239"/>
        <source>one of your posting days, nothing planned yet</source>
        <translation>een van je postdagen, nog niets gepland</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="256"/>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="257"/>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="258"/>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="259"/>
        <source>Rubric</source>
        <translation>Rubriek</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="260"/>
        <source>Post</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="261"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="331"/>
        <source>No rubric</source>
        <translation>Geen rubriek</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="383"/>
        <source>(no text yet)</source>
        <translation>(nog geen tekst)</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../ui/calendar/page.py" line="372"/>
        <source>The plan could not be loaded: %1</source>
        <translation>De planning kon niet worden geladen: %1</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/page.py" line="401"/>
        <source>%1 posts in view · %2 days of your posting rhythm still empty · %3 ideas</source>
        <translation>%1 berichten in beeld · %2 dagen van je postritme nog leeg · %3 ideeën</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/page.py" line="409"/>
        <source>%1 posts in view · %2 ideas</source>
        <translation>%1 berichten in beeld · %2 ideeën</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/page.py" line="489"/>
        <source>%1 added: SMM Desk reminds you when its posts are due. Next: write your first post in Compose (Ctrl+N).</source>
        <translation>%1 toegevoegd: SMM Desk herinnert je eraan wanneer de berichten klaarstaan. Volgende stap: schrijf je eerste bericht in Schrijven (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/page.py" line="495"/>
        <source>%1 is connected and works. Next: write your first post in Compose (Ctrl+N).</source>
        <translation>%1 is gekoppeld en werkt. Volgende stap: schrijf je eerste bericht in Schrijven (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/page.py" line="535"/>
        <source>That day is over: double-click today or a later day.</source>
        <translation>Die dag is voorbij: dubbelklik op vandaag of een latere dag.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/page.py" line="539"/>
        <source>Connect an account first (Accounts), then plan posts.</source>
        <translation>Koppel eerst een account (Accounts) en plan daarna berichten.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/changes.py" line="118"/>
        <source>Kept as a draft on %1, not scheduled: %2 Open it to fix this, then schedule it.</source>
        <translation>Als concept bewaard op %1, niet ingepland: %2 Open het om dit op te lossen en plan het daarna in.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/changes.py" line="174"/>
        <source>Imported %1 posts (%2 of them as ideas). Ctrl+Z takes the import back.</source>
        <translation>%1 berichten geïmporteerd (%2 daarvan als idee). Ctrl+Z maakt de import ongedaan.</translation>
    </message>
</context>
<context>
    <name>PlanUndo</name>
    <message>
        <location filename="../../ui/calendar/undo.py" line="17"/>
        <source>Move post</source>
        <translation>Bericht verplaatsen</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/undo.py" line="18"/>
        <source>Move posts</source>
        <translation>Berichten verplaatsen</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/undo.py" line="19"/>
        <source>Back to ideas</source>
        <translation>Terug naar ideeën</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/undo.py" line="20"/>
        <source>Schedule idea</source>
        <translation>Idee inplannen</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/undo.py" line="21"/>
        <source>Schedule ideas</source>
        <translation>Ideeën inplannen</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/undo.py" line="22"/>
        <source>Add to queue</source>
        <translation>Naar wachtrij</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/undo.py" line="23"/>
        <source>Duplicate post</source>
        <translation>Bericht dupliceren</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/undo.py" line="24"/>
        <source>Duplicate posts</source>
        <translation>Berichten dupliceren</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/undo.py" line="25"/>
        <source>Delete post</source>
        <translation>Bericht verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/undo.py" line="26"/>
        <source>Delete posts</source>
        <translation>Berichten verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/undo.py" line="27"/>
        <source>Import CSV</source>
        <translation>CSV importeren</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/undo.py" line="28"/>
        <source>Post now</source>
        <translation>Nu plaatsen</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/undo.py" line="39"/>
        <source>Move %n day(s) earlier</source>
        <translation>%n dag(en) eerder zetten</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/undo.py" line="41"/>
        <source>Move %n day(s) later</source>
        <translation>%n dag(en) later zetten</translation>
    </message>
</context>
<context>
    <name>PlatformPreviews</name>
    <message>
        <location filename="../../ui/media/previews.py" line="191"/>
        <source>No preview</source>
        <translation>Geen voorbeeld</translation>
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
        <translation>%1 krijgt hem als %2 × %3 pixels.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/post_preview.py" line="167"/>
        <source>more</source>
        <translation>meer</translation>
    </message>
    <message>
        <location filename="../../ui/composer/post_preview.py" line="170"/>
        <source>The feed shows the start; the rest sits behind “more”.</source>
        <translation>De feed toont het begin; de rest zit achter “meer”.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/post_preview.py" line="172"/>
        <source>The red part does not fit on %1.</source>
        <translation>Het rode deel past niet op %1.</translation>
    </message>
</context>
<context>
    <name>PostMenu</name>
    <message>
        <location filename="../../ui/calendar/post_menu.py" line="85"/>
        <source>Edit</source>
        <translation>Bewerken</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar/post_menu.py" line="89"/>
        <source>Duplicate (%n day(s) later)</source>
        <translation>
            <numerusform>Dupliceren (%n dag later)</numerusform>
            <numerusform>Dupliceren (%n dagen later)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_menu.py" line="95"/>
        <source>Move to a date…</source>
        <translation>Naar een datum verplaatsen…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_menu.py" line="102"/>
        <source>Post now</source>
        <translation>Nu plaatsen</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_menu.py" line="110"/>
        <source>Back to ideas</source>
        <translation>Terug naar ideeën</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_menu.py" line="114"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_menu.py" line="135"/>
        <source>Moved to %1. Ctrl+Z moves it back.</source>
        <translation>Verplaatst naar %1. Ctrl+Z zet het terug.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_menu.py" line="146"/>
        <source>It goes out now. Ctrl+Z takes it back until then.</source>
        <translation>Het wordt nu geplaatst. Tot dat moment maakt Ctrl+Z het ongedaan.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_menu.py" line="149"/>
        <source>It is ready to post now: SMM Desk shows you the text and photos.</source>
        <translation>Het is klaar om nu te plaatsen: SMM Desk laat je de tekst en foto&apos;s zien.</translation>
    </message>
</context>
<context>
    <name>PostProblemDialog</name>
    <message>
        <location filename="../../ui/publishing/problem_dialog.py" line="49"/>
        <source>Check this post on {platform}</source>
        <translation>Controleer dit bericht op {platform}</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/problem_dialog.py" line="51"/>
        <source>A post to {platform} was not published</source>
        <translation>Een bericht naar {platform} is niet gepubliceerd</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/problem_dialog.py" line="61"/>
        <source>No reason was given.</source>
        <translation>Er is geen reden opgegeven.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/problem_dialog.py" line="64"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/problem_dialog.py" line="83"/>
        <source>Link to the post, if it is there (optional)</source>
        <translation>Link naar het bericht, als het er staat (optioneel)</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/problem_dialog.py" line="87"/>
        <source>Don&apos;t post it</source>
        <translation>Niet plaatsen</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/problem_dialog.py" line="89"/>
        <source>It is there: mark as posted</source>
        <translation>Het staat er: markeren als geplaatst</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/problem_dialog.py" line="93"/>
        <source>It is not there: send it</source>
        <translation>Het staat er niet: versturen</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/problem_dialog.py" line="93"/>
        <source>Try again now</source>
        <translation>Nu opnieuw proberen</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/problem_dialog.py" line="96"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>PostingTimesDialog</name>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="377"/>
        <source>Posting times</source>
        <translation>Posttijden</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="381"/>
        <source>When each account posts, every week, in your local time. Click a half hour to add or remove a posting time. “Add to queue” uses the next free one.</source>
        <translation>Wanneer elk account plaatst, elke week, in je eigen tijd. Klik op een halfuur om een posttijd toe te voegen of te verwijderen. “Naar wachtrij” gebruikt de eerstvolgende vrije.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="388"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="397"/>
        <source>Use for all accounts</source>
        <translation>Voor alle accounts gebruiken</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="398"/>
        <source>Give every account the same posting times as this one</source>
        <translation>Geef elk account dezelfde posttijden als dit account</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="455"/>
        <source>Connect an account first: posting times belong to an account.</source>
        <translation>Koppel eerst een account: posttijden horen bij een account.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="458"/>
        <source>No posting times yet for this account.</source>
        <translation>Nog geen posttijden voor dit account.</translation>
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
            <numerusform>%n posttijd per week</numerusform>
            <numerusform>%n posttijden per week</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="470"/>
        <source>Every account now has these posting times.</source>
        <translation>Elk account heeft nu deze posttijden.</translation>
    </message>
    <message>
        <source>When each account posts, every week, in your local time. “Add to queue” uses the next free one. Example: Tue 12:30, Thu 12:30, Sat 10:00</source>
        <translation type="vanished">Wanneer elk account plaatst, elke week, in je eigen tijd. “Naar wachtrij” gebruikt de eerstvolgende vrije. Voorbeeld (dagen in het Engels): Tue 12:30, Thu 12:30, Sat 10:00</translation>
    </message>
    <message>
        <source>no posting times</source>
        <translation type="vanished">geen posttijden</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="51"/>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="52"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="53"/>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="54"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="55"/>
        <source>Rubric</source>
        <translation>Rubriek</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="56"/>
        <source>Problems</source>
        <translation>Problemen</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="67"/>
        <source>next free slot</source>
        <translation>volgende vrije tijdstip</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="68"/>
        <source>idea (no date)</source>
        <translation>idee (geen datum)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="78"/>
        <source>%1 (new)</source>
        <translation>%1 (nieuw)</translation>
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
        <translation type="vanished">%1 krijgt hem als %2 × %3 pixels.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="vanished">Voorbeeld</translation>
    </message>
    <message>
        <source>Choose an account above to see how the post will look there.</source>
        <translation type="vanished">Kies hierboven een account om te zien hoe het bericht er daar uitziet.</translation>
    </message>
    <message>
        <source>more</source>
        <translation type="vanished">meer</translation>
    </message>
    <message>
        <source>The feed shows the start; the rest sits behind “more”.</source>
        <translation type="vanished">De feed toont het begin; de rest zit achter “meer”.</translation>
    </message>
    <message>
        <source>The red part does not fit on %1.</source>
        <translation type="vanished">Het rode deel past niet op %1.</translation>
    </message>
</context>
<context>
    <name>PreviewStrip</name>
    <message>
        <location filename="../../ui/composer/post_preview.py" line="213"/>
        <source>Choose an account above to see how the post will look there.</source>
        <translation>Kies hierboven een account om te zien hoe het bericht er daar uitziet.</translation>
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
        <translation>datum (scheduled_at)</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="64"/>
        <source>accounts</source>
        <translation>accounts</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="65"/>
        <source>text</source>
        <translation>tekst (text)</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="66"/>
        <source>media</source>
        <translation>media</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="67"/>
        <source>rubric</source>
        <translation>rubriek (rubric)</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="84"/>
        <source>%1 @%2</source>
        <translation>%1 @%2</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="93"/>
        <source>A photo</source>
        <translation>Een foto</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="104"/>
        <source>The caption is too long for %1: %2 of %3 characters. Remove %n character(s).</source>
        <translation>
            <numerusform>Het bijschrift is te lang voor %1: %2 van %3 tekens. Verwijder %n teken.</numerusform>
            <numerusform>Het bijschrift is te lang voor %1: %2 van %3 tekens. Verwijder %n tekens.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="110"/>
        <source>The text is too long for %1: %2 of %3 characters. Remove %n character(s).</source>
        <translation>
            <numerusform>De tekst is te lang voor %1: %2 van %3 tekens. Verwijder %n teken.</numerusform>
            <numerusform>De tekst is te lang voor %1: %2 van %3 tekens. Verwijder %n tekens.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="118"/>
        <source>%1 takes at most %n image(s); this post has %2.</source>
        <translation>
            <numerusform>%1 accepteert maximaal %n afbeelding; dit bericht heeft er %2.</numerusform>
            <numerusform>%1 accepteert maximaal %n afbeeldingen; dit bericht heeft er %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="123"/>
        <source>Remove %n photo(s), or remove this account from the post.</source>
        <translation>
            <numerusform>Verwijder %n foto, of haal dit account uit het bericht.</numerusform>
            <numerusform>Verwijder %n foto&apos;s, of haal dit account uit het bericht.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="136"/>
        <source>The text holds an invisible character %1 refuses (%2), often pasted in from another app. Delete it where the text turns red.</source>
        <extracomment>Every code (``domain.problems.CODES``) and its sentence in the owner&apos;s language.</extracomment>
        <translation>De tekst bevat een onzichtbaar teken dat %1 weigert (%2), vaak meegeplakt uit een andere app. Verwijder het waar de tekst rood wordt.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="145"/>
        <source>The text is too long for %1: it takes %2 of %3 bytes (emoji and non-Latin letters take more room). Shorten it.</source>
        <translation>De tekst is te lang voor %1: hij neemt %2 van %3 bytes in beslag (emoji en niet-Latijnse letters nemen meer ruimte in). Maak hem korter.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="153"/>
        <source>%1 allows %n hashtag(s); this has %2. Remove %3.</source>
        <translation>
            <numerusform>%1 staat %n hashtag toe; dit bericht heeft er %2. Verwijder er %3.</numerusform>
            <numerusform>%1 staat %n hashtags toe; dit bericht heeft er %2. Verwijder er %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="160"/>
        <source>%1 turns only the first hashtag into a topic; the other %n stay plain text.</source>
        <translation>
            <numerusform>%1 maakt alleen van de eerste hashtag een onderwerp; de andere %n blijft gewone tekst.</numerusform>
            <numerusform>%1 maakt alleen van de eerste hashtag een onderwerp; de andere %n blijven gewone tekst.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="167"/>
        <source>%1 allows %n @mention(s); this has %2. Remove %3.</source>
        <translation>
            <numerusform>%1 staat %n @vermelding toe; dit bericht heeft er %2. Verwijder er %3.</numerusform>
            <numerusform>%1 staat %n @vermeldingen toe; dit bericht heeft er %2. Verwijder er %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="174"/>
        <source>%1 allows %n link(s) per post; this has %2. Remove %3.</source>
        <translation>
            <numerusform>%1 staat %n link per bericht toe; dit bericht heeft er %2. Verwijder er %3.</numerusform>
            <numerusform>%1 staat %n links per bericht toe; dit bericht heeft er %2. Verwijder er %3.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="182"/>
        <source>%1 needs reconnecting: open Accounts and sign in again, or remove this account from the post.</source>
        <translation>%1 moet opnieuw gekoppeld worden: open Accounts en log opnieuw in, of haal dit account uit het bericht.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="188"/>
        <source>%1 is switched off: turn it on in Accounts or remove it from the post.</source>
        <translation>%1 staat uit: zet het aan in Accounts of haal het uit het bericht.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="192"/>
        <source>The post for %1 is empty: write some text.</source>
        <translation>Het bericht voor %1 is leeg: schrijf wat tekst.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="196"/>
        <source>%1 needs at least one image: add a photo.</source>
        <translation>%1 heeft minstens één afbeelding nodig: voeg een foto toe.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="200"/>
        <source>%n image(s) without a description (alt text): people who cannot see the photo will miss it.</source>
        <translation>
            <numerusform>%n afbeelding zonder beschrijving (alt-tekst): mensen die de foto niet kunnen zien, missen hem.</numerusform>
            <numerusform>%n afbeeldingen zonder beschrijving (alt-tekst): mensen die de foto&apos;s niet kunnen zien, missen ze.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="206"/>
        <source>The time for %1 is in the past: pick a later time or choose Post now.</source>
        <translation>Het tijdstip voor %1 ligt in het verleden: kies een later tijdstip of kies Nu plaatsen.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="211"/>
        <source>%1 is too small for %2: it takes pictures at least %3 pixels wide, this one is %4. Use a larger photo, or remove this account.</source>
        <translation>%1 is te klein voor %2: afbeeldingen moeten daar minstens %3 pixels breed zijn, deze is %4. Gebruik een grotere foto of haal dit account weg.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="221"/>
        <source>%1 does not play animated GIFs: %2 will be posted as a still picture (its first frame).</source>
        <translation>%1 speelt geen geanimeerde GIF&apos;s af: %2 wordt geplaatst als stilstaande afbeelding (het eerste beeld).</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="229"/>
        <source>%1 is larger than the %2 MB %3 takes for an animation: if it cannot be made small enough, it is posted as a still picture.</source>
        <translation>%1 is groter dan de %2 MB die %3 voor een animatie accepteert: als het niet klein genoeg kan worden gemaakt, wordt het als stilstaande afbeelding geplaatst.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="238"/>
        <source>%1 shows only %2% of %3 (its shape is cut to fit): check the preview, or move the photo&apos;s focus point on the Media screen.</source>
        <translation>%1 toont maar %2% van %3 (de vorm wordt bijgesneden): bekijk het voorbeeld, of verplaats het focuspunt van de foto op het scherm Media.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="247"/>
        <source>The %1 column holds a NUL character (a zero byte), which no post can contain. Delete it and try again.</source>
        <translation>De kolom %1 bevat een NUL-teken (een nulbyte), dat in geen enkel bericht mag staan. Verwijder het en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="253"/>
        <source>“%1” is not an account like instagram:@yourshop (platform, colon, handle).</source>
        <translation>“%1” is geen account zoals instagram:@jouwwinkel (platform, dubbele punt, handle).</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="258"/>
        <source>There is no account %1:%2 in SMM Desk. Add it under Accounts, or fix the spelling.</source>
        <translation>Er is geen account %1:%2 in SMM Desk. Voeg het toe onder Accounts, of verbeter de spelling.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="264"/>
        <source>No account is given: write at least one, like instagram:@yourshop, or leave the date empty to keep the post as an idea.</source>
        <translation>Er is geen account opgegeven: vul er minstens één in, zoals instagram:@jouwwinkel, of laat de datum leeg om het bericht als idee te bewaren.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="268"/>
        <source>“%1” is too far in the past or the future. Use a date between %2 and %3.</source>
        <translation>“%1” ligt te ver in het verleden of de toekomst. Gebruik een datum tussen %2 en %3.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="275"/>
        <source>“%1” is not a date and time. Write it like 2026-06-02 12:30 (or 2026-06-02T12:30+02:00 with a UTC offset).</source>
        <translation>“%1” is geen datum en tijd. Schrijf het als 2026-06-02 12:30 (of 2026-06-02T12:30+02:00 met een UTC-verschil).</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="282"/>
        <source>%1 is in the past. Change the date, or leave it empty to keep the post as an idea.</source>
        <translation>%1 ligt in het verleden. Wijzig de datum, of laat hem leeg om het bericht als idee te bewaren.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="287"/>
        <source>The image file %1 is missing.</source>
        <translation>Het afbeeldingsbestand %1 ontbreekt.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="289"/>
        <source>The post has no text and no image.</source>
        <translation>Het bericht heeft geen tekst en geen afbeelding.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="292"/>
        <source>%1:%2 has no posting times for the queue. Add some in the account&apos;s queue settings, or give the row a date.</source>
        <translation>%1:%2 heeft geen posttijden voor de wachtrij. Voeg ze toe in de wachtrij-instellingen van het account, of geef de rij een datum.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="299"/>
        <source>%1 images: %2 takes at most %n in one post.</source>
        <translation>
            <numerusform>%1 afbeeldingen: %2 accepteert maximaal %n per bericht.</numerusform>
            <numerusform>%1 afbeeldingen: %2 accepteert maximaal %n per bericht.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="304"/>
        <source>%1 needs at least one image in a post.</source>
        <translation>%1 heeft minstens één afbeelding per bericht nodig.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="309"/>
        <source>%1 asks SMM Desk to slow down. It will try again shortly.</source>
        <translation>%1 vraagt SMM Desk het rustiger aan te doen. Er volgt zo een nieuwe poging.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="313"/>
        <source>%1 had a problem on its side. SMM Desk will try again.</source>
        <translation>%1 had een probleem aan zijn kant. SMM Desk probeert het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="318"/>
        <source>%1 no longer accepts the saved login. Open Accounts and reconnect this account.</source>
        <translation>%1 accepteert de opgeslagen inlog niet meer. Open Accounts en koppel dit account opnieuw.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="323"/>
        <source>SMM Desk could not reach %1. It will try again.</source>
        <translation>SMM Desk kon %1 niet bereiken en probeert het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="327"/>
        <source>%1 refused the post. Change the post and schedule it again.</source>
        <translation>%1 heeft het bericht geweigerd. Pas het bericht aan en plan het opnieuw in.</translation>
    </message>
</context>
<context>
    <name>PublishScheduleBox</name>
    <message>
        <location filename="../../ui/publishing/schedule_box.py" line="17"/>
        <source>Publish while SMM Desk is closed</source>
        <translation>Publiceren terwijl SMM Desk gesloten is</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/schedule_box.py" line="22"/>
        <source>Let this computer send your scheduled posts every 5 minutes, even when the SMM Desk window is closed (the computer must be on and you logged in).</source>
        <translation>Laat deze computer je ingeplande berichten elke 5 minuten versturen, ook als het venster van SMM Desk gesloten is (de computer moet aan staan en jij ingelogd zijn).</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/schedule_box.py" line="29"/>
        <source>Turn on</source>
        <translation>Aanzetten</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/schedule_box.py" line="31"/>
        <source>Turn off</source>
        <translation>Uitzetten</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/schedule_box.py" line="51"/>
        <source>On: %1.</source>
        <translation>Aan: %1.</translation>
    </message>
    <message>
        <source>On: {what}.</source>
        <translation type="vanished">Aan: {what}.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/schedule_box.py" line="53"/>
        <source>Off. Posts go out only while SMM Desk is open.</source>
        <translation>Uit. Berichten gaan alleen de deur uit als SMM Desk open is.</translation>
    </message>
</context>
<context>
    <name>PublishingActions</name>
    <message>
        <location filename="../../ui/publishing/target_actions.py" line="76"/>
        <source>%1 @%2: not published</source>
        <translation>%1 @%2: niet gepubliceerd</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/target_actions.py" line="78"/>
        <source>%1 @%2: check whether it went out</source>
        <translation>%1 @%2: controleer of het is verstuurd</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/target_actions.py" line="83"/>
        <source>See why</source>
        <translation>Waarom?</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/target_actions.py" line="88"/>
        <source>Retry</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/target_actions.py" line="135"/>
        <source>It will be sent in a moment.</source>
        <translation>Het wordt zo verstuurd.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/target_actions.py" line="156"/>
        <source>That did not work (%1). Try again.</source>
        <translation>Dat lukte niet (%1). Probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>ReadyToPostDialog</name>
    <message>
        <source>Ready to post on {platform}</source>
        <translation type="vanished">Klaar om te plaatsen op {platform}</translation>
    </message>
    <message>
        <source>It is time for this post. The text is copied: paste it on {platform}. The photos ({count}) are in a folder, numbered in order. When it is up, mark it as posted.</source>
        <translation type="vanished">Het is tijd voor dit bericht. De tekst is gekopieerd: plak hem op {platform}. De foto&apos;s ({count}) staan op volgorde genummerd in een map. Staat het online, markeer het dan als geplaatst.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/ready_dialog.py" line="65"/>
        <source>Copy text again</source>
        <translation>Tekst opnieuw kopiëren</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/ready_dialog.py" line="67"/>
        <source>Open photos folder</source>
        <translation>Fotomap openen</translation>
    </message>
    <message>
        <source>Open {platform}</source>
        <translation type="vanished">{platform} openen</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/ready_dialog.py" line="42"/>
        <source>Ready to post on %1</source>
        <translation>Klaar om te plaatsen op %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/publishing/ready_dialog.py" line="50"/>
        <source>It is time for this post. The text is copied: paste it on %1. The photos (%n) are in a folder, numbered in order. When it is up, mark it as posted.</source>
        <translation>
            <numerusform>Het is tijd voor dit bericht. De tekst is gekopieerd: plak hem op %1. De foto (%n) staat in een map. Staat het online, markeer het dan als geplaatst.</numerusform>
            <numerusform>Het is tijd voor dit bericht. De tekst is gekopieerd: plak hem op %1. De foto&apos;s (%n) staan op volgorde genummerd in een map. Staat het online, markeer het dan als geplaatst.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/publishing/ready_dialog.py" line="74"/>
        <source>Open %1</source>
        <translation>%1 openen</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/ready_dialog.py" line="84"/>
        <source>Link to the post (optional)</source>
        <translation>Link naar het bericht (optioneel)</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/ready_dialog.py" line="88"/>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/ready_dialog.py" line="90"/>
        <source>Mark as posted</source>
        <translation>Markeren als geplaatst</translation>
    </message>
</context>
<context>
    <name>RubricCombo</name>
    <message>
        <location filename="../../ui/composer/widgets.py" line="273"/>
        <source>No rubric</source>
        <translation>Geen rubriek</translation>
    </message>
</context>
<context>
    <name>RubricsDialog</name>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="74"/>
        <source>Rubrics</source>
        <translation>Rubrieken</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="78"/>
        <source>Rubrics are the kinds of post you make (product, tips, behind the scenes…). The target share is how much of your plan each should take.</source>
        <translation>Rubrieken zijn de soorten berichten die je maakt (product, tips, achter de schermen…). Het streefaandeel is hoeveel van je planning elke rubriek moet innemen.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="94"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="95"/>
        <source>Colour</source>
        <translation>Kleur</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="96"/>
        <source>Target share</source>
        <translation>Streefaandeel</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="103"/>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="104"/>
        <source>Save changes</source>
        <translation>Wijzigingen opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="105"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="150"/>
        <source>Rubric colour</source>
        <translation>Rubriekkleur</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="166"/>
        <source>New rubric</source>
        <translation>Nieuwe rubriek</translation>
    </message>
</context>
<context>
    <name>SchedulePanel</name>
    <message>
        <location filename="../../ui/composer/panels.py" line="83"/>
        <location filename="../../ui/composer/panels.py" line="197"/>
        <source>Post now</source>
        <translation>Nu plaatsen</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="84"/>
        <source>Next free slot</source>
        <translation>Volgende vrije tijd</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="86"/>
        <source>Each account&apos;s next free posting time from its queue (Plan screen)</source>
        <translation>Het volgende vrije posttijdstip van elk account uit zijn wachtrij (scherm Planning)</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="88"/>
        <source>At</source>
        <translation>Om</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="104"/>
        <source>From the engagement of your own published posts (Dashboard).</source>
        <translation>Op basis van de betrokkenheid bij je eigen gepubliceerde berichten (Dashboard).</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="106"/>
        <source>Use this time</source>
        <translation>Tijd overnemen</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="115"/>
        <location filename="../../ui/composer/panels.py" line="201"/>
        <source>Schedule</source>
        <translation>Inplannen</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="127"/>
        <source>Show in calendar</source>
        <translation>In de kalender tonen</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="140"/>
        <source>No free posting time for %1: add posting times on the Plan screen, or pick a date and time.</source>
        <translation>Geen vrij posttijdstip voor %1: voeg posttijden toe op het scherm Planning, of kies een datum en tijd.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/composer/panels.py" line="167"/>
        <source>Added to the queue of %n account(s).</source>
        <translation>
            <numerusform>Toegevoegd aan de wachtrij van %n account.</numerusform>
            <numerusform>Toegevoegd aan de wachtrij van %n accounts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/composer/panels.py" line="171"/>
        <source>Sent to the queue for %n account(s): it goes out now.</source>
        <translation>
            <numerusform>Naar de wachtrij van %n account gestuurd: het gaat nu de deur uit.</numerusform>
            <numerusform>Naar de wachtrij van %n accounts gestuurd: het gaat nu de deur uit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/composer/panels.py" line="174"/>
        <source>Scheduled for %n account(s).</source>
        <translation>
            <numerusform>Ingepland voor %n account.</numerusform>
            <numerusform>Ingepland voor %n accounts.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="179"/>
        <source>%1: ready to post now; SMM Desk shows you the text and photos.</source>
        <translation>%1: nu klaar om te plaatsen; SMM Desk laat je de tekst en foto&apos;s zien.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="186"/>
        <source>%1: ready to post at %2; SMM Desk will remind you then.</source>
        <translation>%1: klaar om te plaatsen op %2; SMM Desk herinnert je er dan aan.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="199"/>
        <source>Add to queue</source>
        <translation>Naar wachtrij</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="219"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="225"/>
        <source>Your posts do best on %1.</source>
        <translation>Je berichten doen het best op %1.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="242"/>
        <source>Write your post above, then schedule it here.</source>
        <translation>Schrijf hierboven je bericht en plan het hier in.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="261"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="272"/>
        <source>Choose at least one account above.</source>
        <translation>Kies hierboven minstens één account.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="275"/>
        <source>Fix these before scheduling, or remove the account from the post:</source>
        <translation>Los dit op voor het inplannen, of haal het account uit het bericht:</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="278"/>
        <source>Ready. Worth a look:</source>
        <translation>Klaar. Het bekijken waard:</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="280"/>
        <source>Ready to schedule: no problems found.</source>
        <translation>Klaar om in te plannen: geen problemen gevonden.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/settings_page.py" line="28"/>
        <source>Africa</source>
        <translation>Afrika</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="29"/>
        <source>Americas</source>
        <translation>Amerika</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="30"/>
        <source>Antarctica</source>
        <translation>Antarctica</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="31"/>
        <source>Arctic</source>
        <translation>Arctis</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="32"/>
        <source>Asia</source>
        <translation>Azië</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="33"/>
        <source>Atlantic Ocean</source>
        <translation>Atlantische Oceaan</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="34"/>
        <source>Australia</source>
        <translation>Australië</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="35"/>
        <source>Europe</source>
        <translation>Europa</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="36"/>
        <source>Indian Ocean</source>
        <translation>Indische Oceaan</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="37"/>
        <source>Pacific Ocean</source>
        <translation>Stille Oceaan</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="104"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="111"/>
        <source>Your shop</source>
        <translation>Je winkel</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="117"/>
        <source>e.g. Bakery Zoet</source>
        <translation>bijv. Bakkerij Zoet</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="119"/>
        <source>Shop name</source>
        <translation>Winkelnaam</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="120"/>
        <source>Printed at the top of your reports, with the logo you chose for your photos (Media).</source>
        <translation>Bovenaan je rapporten afgedrukt, met het logo dat je voor je foto&apos;s hebt gekozen (Media).</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="126"/>
        <source>Language and time</source>
        <translation>Taal en tijd</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="136"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="140"/>
        <source>Restart now</source>
        <translation>Nu herstarten</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="156"/>
        <source>Gregorian</source>
        <translation>Gregoriaans</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="157"/>
        <source>Persian (Jalali)</source>
        <translation>Perzisch (Jalali)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="158"/>
        <source>Islamic</source>
        <translation>Islamitisch</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="164"/>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="172"/>
        <source>Type a city or a country</source>
        <translation>Typ een stad of een land</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="174"/>
        <source>Time zone</source>
        <translation>Tijdzone</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="176"/>
        <location filename="../../ui/settings_page.py" line="272"/>
        <source>Posting times are shown and scheduled in this time zone.</source>
        <translation>Posttijden worden in deze tijdzone getoond en ingepland.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="182"/>
        <source>Your data</source>
        <translation>Je gegevens</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="185"/>
        <source>Data folder</source>
        <translation>Gegevensmap</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="186"/>
        <source>Backups</source>
        <translation>Back-ups</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="187"/>
        <source>Log files</source>
        <translation>Logbestanden</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="193"/>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="204"/>
        <source>About SMM Desk…</source>
        <translation>Over SMM Desk…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="258"/>
        <location filename="../../ui/settings_page.py" line="269"/>
        <source>Unknown time zone: pick one from the list.</source>
        <translation>Onbekende tijdzone: kies er een uit de lijst.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="296"/>
        <source>SMM Desk restarts in %1 — your work is saved.</source>
        <translation>SMM Desk herstart met de taal %1 — je werk is opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="302"/>
        <source>The new language is used from the next start.</source>
        <translation>De nieuwe taal wordt gebruikt vanaf de volgende start.</translation>
    </message>
</context>
<context>
    <name>ShapeCombo</name>
    <message>
        <location filename="../../ui/composer/widgets.py" line="308"/>
        <source>Square 1:1</source>
        <translation>Vierkant 1:1</translation>
    </message>
    <message>
        <location filename="../../ui/composer/widgets.py" line="309"/>
        <source>Portrait 4:5</source>
        <translation>Staand 4:5</translation>
    </message>
    <message>
        <location filename="../../ui/composer/widgets.py" line="310"/>
        <source>Landscape 1.91:1</source>
        <translation>Liggend 1,91:1</translation>
    </message>
</context>
<context>
    <name>SnippetBar</name>
    <message>
        <location filename="../../ui/composer/snippets.py" line="59"/>
        <source>Hashtag sets</source>
        <translation>Hashtagsets</translation>
    </message>
    <message>
        <location filename="../../ui/composer/snippets.py" line="62"/>
        <source>Templates</source>
        <translation>Sjablonen</translation>
    </message>
    <message>
        <location filename="../../ui/composer/snippets.py" line="93"/>
        <source>Nothing saved yet</source>
        <translation>Nog niets opgeslagen</translation>
    </message>
    <message>
        <location filename="../../ui/composer/snippets.py" line="96"/>
        <source>Save this post&apos;s hashtags as a set…</source>
        <translation>Hashtags van dit bericht opslaan als set…</translation>
    </message>
    <message>
        <location filename="../../ui/composer/snippets.py" line="98"/>
        <source>Save the selected text as a template…</source>
        <translation>Gekozen tekst opslaan als sjabloon…</translation>
    </message>
    <message>
        <location filename="../../ui/composer/snippets.py" line="104"/>
        <source>%1 · %2 hashtags</source>
        <translation>%1 · %2 hashtags</translation>
    </message>
    <message>
        <location filename="../../ui/composer/snippets.py" line="113"/>
        <source>More hashtags than %1 allow(s).</source>
        <translation>Meer hashtags dan %1 toestaat.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/snippets.py" line="134"/>
        <source>This post has no hashtags to save.</source>
        <translation>Dit bericht heeft geen hashtags om op te slaan.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/snippets.py" line="136"/>
        <source>Save hashtag set</source>
        <translation>Hashtagset opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/composer/snippets.py" line="136"/>
        <location filename="../../ui/composer/snippets.py" line="146"/>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <location filename="../../ui/composer/snippets.py" line="144"/>
        <source>Select the text to keep as a template first.</source>
        <translation>Kies eerst de tekst die je als sjabloon wilt bewaren.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/snippets.py" line="146"/>
        <source>Save template</source>
        <translation>Sjabloon opslaan</translation>
    </message>
</context>
<context>
    <name>Stats</name>
    <message>
        <location filename="../../ui/report/labels.py" line="17"/>
        <location filename="../../ui/report/monthly.py" line="196"/>
        <source>Followers</source>
        <translation>Volgers</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="18"/>
        <source>New followers</source>
        <translation>Nieuwe volgers</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="19"/>
        <source>Growth</source>
        <translation>Groei</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="20"/>
        <source>Posts published</source>
        <translation>Gepubliceerd</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="50"/>
        <location filename="../../ui/dashboard/posts_model.py" line="23"/>
        <location filename="../../ui/report/labels.py" line="21"/>
        <source>Reach</source>
        <translation>Bereik</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="51"/>
        <source>Likes</source>
        <translation>Vind-ik-leuks</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="52"/>
        <source>Comments</source>
        <translation>Reacties</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="53"/>
        <source>Shares</source>
        <translation>Keer gedeeld</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="54"/>
        <source>Saves</source>
        <translation>Opgeslagen</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="55"/>
        <source>Link clicks</source>
        <translation>Linkklikken</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="68"/>
        <source>Enter a post&apos;s figures</source>
        <translation>Cijfers van een bericht invoeren</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="70"/>
        <source>Copy the figures from the platform&apos;s app. Leave a figure at “—” if the platform does not show it. Earlier figures are kept.</source>
        <translation>Neem de cijfers over uit de app van het platform. Laat een cijfer op “—” staan als het platform het niet toont. Eerdere cijfers blijven bewaard.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="83"/>
        <location filename="../../ui/dashboard/posts_model.py" line="22"/>
        <source>Post</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="132"/>
        <source>Add ad spend</source>
        <translation>Advertentiekosten toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="134"/>
        <source>Enter what a boosted post or an ad cost, as the ad manager shows it. Impressions, clicks and leads are optional; with them the Dashboard shows CPM, CPC and CPL.</source>
        <translation>Vul in wat een gepromoot bericht of een advertentie kostte, zoals Advertentiebeheer het toont. Weergaven, klikken en leads zijn optioneel; daarmee toont het Dashboard CPM, CPC en CPL.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="144"/>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="146"/>
        <source>No particular account</source>
        <translation>Geen specifiek account</translation>
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
        <translation>bijv. Weekendpromotie</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/ad_spend_list.py" line="48"/>
        <source>Money spent on ads, one line per day and campaign. It is used for cost per click, per thousand views, per lead and per new follower.</source>
        <translation>Geld uitgegeven aan advertenties, één regel per dag en campagne. Het wordt gebruikt voor kosten per klik, per duizend weergaven, per lead en per nieuwe volger.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/ad_spend_list.py" line="54"/>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="156"/>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/ad_spend_list.py" line="54"/>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="160"/>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/ad_spend_list.py" line="54"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/ad_spend_list.py" line="64"/>
        <source>No ad spend entered yet.</source>
        <translation>Nog geen advertentiekosten ingevoerd.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/ad_spend_list.py" line="67"/>
        <source>Add…</source>
        <translation>Toevoegen…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/ad_spend_list.py" line="68"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/ad_spend_list.py" line="126"/>
        <source>Delete ad spend</source>
        <translation>Advertentiekosten verwijderen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/ad_spend_list.py" line="127"/>
        <source>Delete %n ad spend entries? The costs per click and per follower are computed again without them.</source>
        <translation>
            <numerusform>%n regel advertentiekosten verwijderen? De kosten per klik en per volger worden zonder deze regel opnieuw berekend.</numerusform>
            <numerusform>%n regels advertentiekosten verwijderen? De kosten per klik en per volger worden zonder deze regels opnieuw berekend.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete %1 ad spend entries? The costs per click and per follower are computed again without them.</source>
        <translation type="vanished">%1 regels advertentiekosten verwijderen? De kosten per klik en per volger worden zonder deze opnieuw berekend.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="164"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="166"/>
        <source>Ad impressions</source>
        <translation>Advertentieweergaven</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="167"/>
        <source>Ad clicks</source>
        <translation>Advertentieklikken</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="168"/>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/posts_model.py" line="21"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/posts_model.py" line="22"/>
        <source>Engagement</source>
        <translation>Betrokkenheid</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/posts_model.py" line="23"/>
        <location filename="../../ui/report/labels.py" line="22"/>
        <source>Interactions</source>
        <translation>Interacties</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/posts_model.py" line="86"/>
        <source>Double-click to open it</source>
        <translation>Dubbelklik om het te openen</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="23"/>
        <source>Engagement rate (by reach)</source>
        <translation>Engagementratio (bereik)</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="24"/>
        <source>Engagement rate (by followers)</source>
        <translation>Engagementratio (volgers)</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="25"/>
        <source>Reach rate</source>
        <translation>Bereikratio</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="26"/>
        <source>Click-through rate</source>
        <translation>Doorklikratio</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/ad_spend_list.py" line="44"/>
        <location filename="../../ui/report/labels.py" line="27"/>
        <source>Ad spend</source>
        <translation>Advertentiekosten</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="28"/>
        <source>Cost per 1,000 impressions (CPM)</source>
        <translation>Kosten per 1.000 weergaven (CPM)</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="29"/>
        <source>Cost per click (CPC)</source>
        <translation>Kosten per klik (CPC)</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="30"/>
        <source>Cost per lead (CPL)</source>
        <translation>Kosten per lead (CPL)</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="31"/>
        <source>Cost per new follower</source>
        <translation>Kosten per nieuwe volger</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="35"/>
        <source>Followers at the end of the period, all chosen accounts together.</source>
        <translation>Volgers aan het eind van de periode, alle gekozen accounts samen.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="37"/>
        <source>Followers at the end minus followers at the start of the period.</source>
        <translation>Volgers aan het eind min volgers aan het begin van de periode.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="39"/>
        <source>Growth: (followers at the end − followers at the start) / followers at the start.</source>
        <translation>Groei: (volgers aan het eind − volgers aan het begin) / volgers aan het begin.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="42"/>
        <source>Posts published in the period, per account.</source>
        <translation>Berichten gepubliceerd in de periode, per account.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="43"/>
        <source>Reach: the people who saw the period&apos;s posts, added up over the posts.</source>
        <translation>Bereik: de mensen die de berichten van de periode zagen, opgeteld over de berichten.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="45"/>
        <source>Interactions: likes + comments + shares + saves, counting those the platform reports.</source>
        <translation>Interacties: vind-ik-leuks + reacties + keer gedeeld + opgeslagen, voor zover het platform ze meldt.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="48"/>
        <source>Engagement rate by reach: interactions / reach, over posts that have a reach.</source>
        <translation>Engagementratio op bereik: interacties / bereik, over berichten met een bereik.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="50"/>
        <source>Engagement rate by followers: interactions per post / followers.</source>
        <translation>Engagementratio op volgers: interacties per bericht / volgers.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="52"/>
        <source>Reach rate: reach per post / followers.</source>
        <translation>Bereikratio: bereik per bericht / volgers.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="53"/>
        <source>Click-through rate: clicks / impressions (or reach, without impressions).</source>
        <translation>Doorklikratio: klikken / weergaven (of bereik, zonder weergaven).</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="55"/>
        <source>Money spent on ads in the period, as entered.</source>
        <translation>Geld uitgegeven aan advertenties in de periode, zoals ingevoerd.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="56"/>
        <source>CPM: ad spend per 1,000 ad impressions.</source>
        <translation>CPM: advertentiekosten per 1.000 advertentieweergaven.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="57"/>
        <source>CPC: ad spend / ad clicks.</source>
        <translation>CPC: advertentiekosten / advertentieklikken.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="58"/>
        <source>CPL: ad spend / leads.</source>
        <translation>CPL: advertentiekosten / leads.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="59"/>
        <source>Cost per new follower: ad spend / new followers in the period.</source>
        <translation>Kosten per nieuwe volger: advertentiekosten / nieuwe volgers in de periode.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="64"/>
        <source>likes</source>
        <translation>vind-ik-leuks</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="65"/>
        <source>comments</source>
        <translation>reacties</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="66"/>
        <source>shares</source>
        <translation>keer gedeeld</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="67"/>
        <source>saves</source>
        <translation>opgeslagen</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="68"/>
        <source>impressions</source>
        <translation>weergaven</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="69"/>
        <source>reach</source>
        <translation>bereik</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="70"/>
        <source>clicks</source>
        <translation>klikken</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="71"/>
        <source>followers</source>
        <translation>volgers</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="72"/>
        <source>reach of the day</source>
        <translation>bereik van de dag</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="73"/>
        <source>views of the day</source>
        <translation>weergaven van de dag</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="74"/>
        <source>new followers</source>
        <translation>nieuwe volgers</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="75"/>
        <source>lost followers</source>
        <translation>verloren volgers</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="84"/>
        <source>Mon</source>
        <translation>ma</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="84"/>
        <source>Tue</source>
        <translation>di</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="85"/>
        <source>Wed</source>
        <translation>wo</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="85"/>
        <source>Thu</source>
        <translation>do</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="86"/>
        <source>Fri</source>
        <translation>vr</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="86"/>
        <source>Sat</source>
        <translation>za</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="87"/>
        <source>Sun</source>
        <translation>zo</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="114"/>
        <source>not enough data</source>
        <translation>te weinig gegevens</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="121"/>
        <source>Counted here: %1.</source>
        <translation>Hier meegeteld: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="146"/>
        <source>pp</source>
        <translation>pp</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="196"/>
        <source>Monthly report: %1</source>
        <translation>Maandrapport: %1</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="198"/>
        <source>Weekly report: %1</source>
        <translation>Weekrapport: %1</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="200"/>
        <source>Report for %1</source>
        <translation>Rapport voor %1</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="201"/>
        <source>Report on %1: %2</source>
        <translation>Rapport over %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="224"/>
        <source>Reach %1 on the period before.</source>
        <translation>Bereik %1 ten opzichte van de vorige periode.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="226"/>
        <source>Reach: %1 (nothing to compare with yet).</source>
        <translation>Bereik: %1 (nog niets om mee te vergelijken).</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="231"/>
        <source>%1 engaged best (%2 engagement rate).</source>
        <translation>%1 had de meeste betrokkenheid (%2 engagementratio).</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="237"/>
        <source>Posts in “%1” did best (%2 engagement rate).</source>
        <translation>Berichten in “%1” deden het best (%2 engagementratio).</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="241"/>
        <source>Post more on %1 around %2: your posts at that time did best.</source>
        <translation>Plaats meer op %1 rond %2: je berichten op dat tijdstip deden het best.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="244"/>
        <source>Too few posts yet to say which day works best: an hour needs %1 posts before it counts.</source>
        <translation>Nog te weinig berichten om te zeggen welke dag het best werkt: een uur telt pas mee vanaf %1 berichten.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/cards.py" line="63"/>
        <source>%1 vs previous period</source>
        <translation>%1 t.o.v. vorige periode</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/cards.py" line="65"/>
        <source>no comparison yet</source>
        <translation>nog geen vergelijking</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/cards.py" line="110"/>
        <source>Reach and engagement of each platform&apos;s posts in the period.</source>
        <translation>Bereik en betrokkenheid van de berichten per platform in de periode.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="123"/>
        <source>Followers over time</source>
        <translation>Volgers in de tijd</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="130"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="132"/>
        <source>Followers are counted once a day while SMM Desk runs, or imported from a daily stats file.</source>
        <translation>Volgers worden eens per dag geteld zolang SMM Desk draait, of geïmporteerd uit een dagelijks statistiekbestand.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="138"/>
        <location filename="../../ui/report/monthly.py" line="201"/>
        <source>Engagement rate per post</source>
        <translation>Engagementratio per bericht</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/charts.py" line="144"/>
        <location filename="../../ui/dashboard/charts.py" line="163"/>
        <location filename="../../ui/dashboard/charts.py" line="214"/>
        <location filename="../../ui/report/monthly.py" line="238"/>
        <location filename="../../ui/report/monthly.py" line="276"/>
        <source>%n posts</source>
        <translation>
            <numerusform>%n bericht</numerusform>
            <numerusform>%n berichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/charts.py" line="147"/>
        <source>%n without a reach figure left out</source>
        <translation>
            <numerusform>%n zonder bereikcijfer weggelaten</numerusform>
            <numerusform>%n zonder bereikcijfer weggelaten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="203"/>
        <source>Suggested: %1, the darkest cell (outlined)</source>
        <translation>Voorstel: %1, het donkerste vak (omlijnd)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="206"/>
        <source>next best: %1</source>
        <translation>op één na best: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="209"/>
        <source>No suggestion yet: every hour you posted at has fewer than %1 posts (grey), too few to trust.</source>
        <translation>Nog geen voorstel: elk uur waarop je plaatste heeft minder dan %1 berichten (grijs), te weinig om op te vertrouwen.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="213"/>
        <source>%1 of the last %2; grey: fewer than %3 posts</source>
        <translation>%1 uit de laatste %2; grijs: minder dan %3 berichten</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/charts.py" line="215"/>
        <location filename="../../ui/report/labels.py" line="201"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 posts</source>
        <translation type="vanished">%1 berichten</translation>
    </message>
    <message>
        <source>%1 without a reach figure are left out</source>
        <translation type="vanished">%1 zonder bereikcijfer zijn weggelaten</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="166"/>
        <source>ER %1</source>
        <translation>ER %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="168"/>
        <source>Too few posts to trust</source>
        <translation>Te weinig berichten om op te vertrouwen</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="192"/>
        <source>Best time to post</source>
        <translation>Beste tijd om te posten</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="193"/>
        <source>From your own posts: the mean engagement rate of the posts published in each hour of each weekday. The number is how many posts; grey cells have too few to trust.</source>
        <translation>Uit je eigen berichten: de gemiddelde engagementratio van de berichten die in elk uur van elke weekdag zijn gepubliceerd. Het getal is het aantal berichten; grijze vakjes hebben er te weinig om op te vertrouwen.</translation>
    </message>
    <message>
        <source>Suggested: %1</source>
        <translation type="vanished">Voorstel: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="212"/>
        <source>Not enough posts yet for a suggestion.</source>
        <translation>Nog niet genoeg berichten voor een voorstel.</translation>
    </message>
    <message>
        <source>%1 posts of the last %2 days; grey: fewer than %3 posts</source>
        <translation type="vanished">%1 berichten in %2 dagen; grijs: minder dan %3</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="223"/>
        <source>Rubric performance</source>
        <translation>Prestaties per rubriek</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="224"/>
        <source>Blue: the rubric&apos;s share of the period&apos;s posts. Grey: its share in your plan. The engagement rate is the mean over the rubric&apos;s posts.</source>
        <translation>Blauw: het aandeel van de rubriek in de berichten van de periode. Grijs: het aandeel in je planning. De engagementratio is het gemiddelde over de berichten van de rubriek.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="230"/>
        <source>Blue: share of posts · grey: share in the plan</source>
        <translation>Blauw: aandeel berichten · grijs: aandeel in de planning</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="67"/>
        <source>Line</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="68"/>
        <source>What happens</source>
        <translation>Wat er gebeurt</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="69"/>
        <source>Figures or problem</source>
        <translation>Cijfers of probleem</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="50"/>
        <source>new post, imported</source>
        <translation>nieuw bericht, geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="50"/>
        <source>imported</source>
        <translation>geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="51"/>
        <source>already imported</source>
        <translation>al geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="52"/>
        <source>skipped</source>
        <translation>overgeslagen</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="84"/>
        <location filename="../../ui/dashboard/page.py" line="172"/>
        <source>Import a stats file</source>
        <translation>Statistiekbestand importeren</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="91"/>
        <source>Download the stats file from the platform (for Instagram and Facebook: Meta Business Suite › Insights › Content › Export; for X: Analytics › Export data; for VK: Statistics › Export), then choose it here. Nothing is stored until you press Import.</source>
        <translation>Download het statistiekbestand van het platform (voor Instagram en Facebook: Meta Business Suite › Inzichten › Content › Exporteren; voor X: Analytics › Gegevens exporteren; voor VK: Statistiek › Exporteren) en kies het hier. Er wordt niets opgeslagen tot je op Importeren klikt.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="100"/>
        <source>The .csv file</source>
        <translation>Het .csv-bestand</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="101"/>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="105"/>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="109"/>
        <source>Kind of file</source>
        <translation>Soort bestand</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="111"/>
        <source>The only account of that platform</source>
        <translation>Het enige account van dat platform</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="130"/>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="141"/>
        <source>Choose the stats file</source>
        <translation>Kies het statistiekbestand</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="142"/>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV-bestanden (*.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="155"/>
        <source>Stopping…</source>
        <translation>Stoppen…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="208"/>
        <source>Reading the file…</source>
        <translation>Bestand lezen…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="232"/>
        <source>For %1: %2, %3 already imported, %4 with a problem (they are skipped).</source>
        <translation>Voor %1: %2, %3 al geïmporteerd, %4 met een probleem (die worden overgeslagen).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/import_dialog.py" line="233"/>
        <source>%n rows to import</source>
        <translation>
            <numerusform>%n rij te importeren</numerusform>
            <numerusform>%n rijen te importeren</numerusform>
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
            <numerusform>%n cijfer geïmporteerd</numerusform>
            <numerusform>%n cijfers geïmporteerd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/import_dialog.py" line="250"/>
        <source>%n posts were new to SMM Desk.</source>
        <translation>
            <numerusform>%n bericht was nieuw voor SMM Desk.</numerusform>
            <numerusform>%n berichten waren nieuw voor SMM Desk.</numerusform>
        </translation>
    </message>
    <message>
        <source>For %1: %2 rows to import, %3 already imported, %4 with a problem (they are skipped).</source>
        <translation type="vanished">Voor %1: %2 rijen te importeren, %3 al geïmporteerd, %4 met een probleem (die worden overgeslagen).</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="242"/>
        <source>Importing…</source>
        <translation>Importeren…</translation>
    </message>
    <message>
        <source>Imported %1 figures; %2 posts were new to SMM Desk.</source>
        <translation type="vanished">%1 cijfers geïmporteerd; %2 berichten waren nieuw voor SMM Desk.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="119"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="124"/>
        <source>Show one account or all of them together</source>
        <translation>Eén account tonen, of alle samen</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="129"/>
        <source>Add figures</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="133"/>
        <source>Import a stats file, or enter figures by hand</source>
        <translation>Importeer een statistiekbestand, of voer cijfers met de hand in</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="135"/>
        <source>Import a stats file…</source>
        <translation>Statistiekbestand importeren…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="136"/>
        <source>Enter a post&apos;s figures…</source>
        <translation>Cijfers van een bericht invoeren…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="138"/>
        <source>Add ad spend…</source>
        <translation>Advertentiekosten toevoegen…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="139"/>
        <source>Ad spend entries…</source>
        <translation>Advertentiekosten…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="142"/>
        <source>Report…</source>
        <translation>Rapport…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="143"/>
        <source>Save this period as a PDF report, with its numbers as CSV beside it</source>
        <translation>Deze periode opslaan als pdf-rapport, met de cijfers als CSV ernaast</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="145"/>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="146"/>
        <source>Fetch the latest figures from the platforms</source>
        <translation>De nieuwste cijfers ophalen bij de platforms</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="156"/>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="158"/>
        <source>Open the saved report</source>
        <translation>Het opgeslagen rapport openen</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="169"/>
        <source>See what works</source>
        <translation>Zie wat werkt</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="170"/>
        <source>Your followers, reach and best posts appear here once there are figures: connect an account, or import the stats file a platform lets you download.</source>
        <translation>Je volgers, bereik en beste berichten verschijnen hier zodra er cijfers zijn: koppel een account, of importeer het statistiekbestand dat een platform je laat downloaden.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="183"/>
        <source>Best post</source>
        <translation>Beste bericht</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="202"/>
        <location filename="../../ui/report/monthly.py" line="247"/>
        <source>Top posts</source>
        <translation>Topberichten</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="203"/>
        <location filename="../../ui/report/monthly.py" line="251"/>
        <source>Posts that worked least</source>
        <translation>Minst succesvolle berichten</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="250"/>
        <location filename="../../ui/report/monthly.py" line="142"/>
        <source>All accounts</source>
        <translation>Alle accounts</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="271"/>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="287"/>
        <source>The figures could not be loaded: %1</source>
        <translation>De cijfers konden niet worden geladen: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="317"/>
        <source>%1 new</source>
        <translation>%1 nieuw</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="327"/>
        <location filename="../../ui/dashboard/page.py" line="333"/>
        <source>The post with the highest engagement rate by reach in the period.</source>
        <translation>Het bericht met de hoogste engagementratio op bereik in de periode.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="342"/>
        <source>%1, compared with %2</source>
        <translation>%1, vergeleken met %2</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="381"/>
        <source>Save the report</source>
        <translation>Rapport opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="382"/>
        <source>PDF files (*.pdf)</source>
        <translation>Pdf-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="409"/>
        <source>Report saved: %1</source>
        <translation>Rapport opgeslagen: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_bar.py" line="106"/>
        <source>None of your accounts can be read live: import their stats files.</source>
        <translation>Geen van je accounts kan live worden uitgelezen: importeer hun statistiekbestanden.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_bar.py" line="108"/>
        <source>Stopped; the figures fetched so far are kept.</source>
        <translation>Gestopt; de tot nu toe opgehaalde cijfers blijven bewaard.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_bar.py" line="130"/>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_bar.py" line="132"/>
        <source>Stop fetching after the account being read now; what arrived is kept</source>
        <translation>Stoppen na het account dat nu wordt gelezen; wat binnen is blijft bewaard</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_bar.py" line="154"/>
        <source>The demo workspace shows made-up figures; it never fetches from the platforms.</source>
        <translation>De demowerkruimte toont verzonnen cijfers; hij haalt nooit iets op bij de platforms.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_bar.py" line="164"/>
        <source>Stopping after the account being read now…</source>
        <translation>Stoppen na het account dat nu wordt gelezen…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_bar.py" line="171"/>
        <source>Fetching the latest figures…</source>
        <translation>De nieuwste cijfers ophalen…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_bar.py" line="177"/>
        <source>Fetching the figures of %1 (%2 of %3)…</source>
        <translation>Cijfers van %1 ophalen (%2 van %3)…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_bar.py" line="190"/>
        <source>The figures could not be fetched: %1</source>
        <translation>De cijfers konden niet worden opgehaald: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/period_picker.py" line="36"/>
        <source>Last 7 days</source>
        <translation>Laatste 7 dagen</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/period_picker.py" line="36"/>
        <source>Last 30 days</source>
        <translation>Laatste 30 dagen</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/period_picker.py" line="36"/>
        <source>Last 90 days</source>
        <translation>Laatste 90 dagen</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/period_picker.py" line="37"/>
        <source>This month</source>
        <translation>Deze maand</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/period_picker.py" line="37"/>
        <source>Last month</source>
        <translation>Vorige maand</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/period_picker.py" line="37"/>
        <source>Custom…</source>
        <translation>Aangepast…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/period_picker.py" line="41"/>
        <source>Every figure is compared with the period just before.</source>
        <translation>Elk cijfer wordt vergeleken met de periode ervoor.</translation>
    </message>
    <message>
        <source>SMM Desk report</source>
        <translation type="vanished">SMM Desk-rapport</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation type="vanished">Maandrapport</translation>
    </message>
    <message>
        <source>%1 · compared with %2</source>
        <translation type="vanished">%1 · vergeleken met %2</translation>
    </message>
    <message>
        <location filename="../../ui/report/monthly.py" line="143"/>
        <source>%1 · %2, compared with %3</source>
        <translation>%1 · %2, vergeleken met %3</translation>
    </message>
    <message>
        <location filename="../../ui/report/monthly.py" line="166"/>
        <source>This period</source>
        <translation>Deze periode</translation>
    </message>
    <message>
        <location filename="../../ui/report/monthly.py" line="166"/>
        <source>Previous</source>
        <translation>Vorige</translation>
    </message>
    <message>
        <location filename="../../ui/report/monthly.py" line="166"/>
        <source>Change</source>
        <translation>Verschil</translation>
    </message>
    <message>
        <location filename="../../ui/report/monthly.py" line="237"/>
        <source>Best time to post (%1; grey: fewer than %2 posts, too few to trust)</source>
        <translation>Beste tijd om te posten (%1; grijs: minder dan %2 berichten, te weinig om op te vertrouwen)</translation>
    </message>
    <message>
        <location filename="../../ui/report/monthly.py" line="259"/>
        <source>By platform</source>
        <translation>Per platform</translation>
    </message>
    <message>
        <location filename="../../ui/report/monthly.py" line="275"/>
        <source>%1 · reach %2 · interactions %3 · engagement rate %4</source>
        <translation>%1 · bereik %2 · interacties %3 · engagementratio %4</translation>
    </message>
    <message>
        <location filename="../../ui/report/monthly.py" line="299"/>
        <source>%1 · engagement rate %2 · reach %3</source>
        <translation>%1 · engagementratio %2 · bereik %3</translation>
    </message>
    <message>
        <source>Best time to post (%1 posts; grey: fewer than %2 posts, too few to trust)</source>
        <translation type="vanished">Beste tijd om te posten (%1 berichten; grijs: minder dan %2 berichten, te weinig om op te vertrouwen)</translation>
    </message>
    <message>
        <location filename="../../ui/report/monthly.py" line="244"/>
        <source>Rubric mix: share of posts against the plan, and engagement</source>
        <translation>Rubriekmix: aandeel berichten tegenover de planning, en engagement</translation>
    </message>
    <message>
        <location filename="../../ui/report/painting.py" line="226"/>
        <source>Fewer interactions</source>
        <translation>Minder interacties</translation>
    </message>
    <message>
        <location filename="../../ui/report/painting.py" line="230"/>
        <source>more</source>
        <translation>meer</translation>
    </message>
    <message>
        <location filename="../../ui/report/painting.py" line="234"/>
        <source>too few posts to trust</source>
        <translation>te weinig berichten om op te vertrouwen</translation>
    </message>
    <message>
        <location filename="../../ui/report/painting.py" line="241"/>
        <source>suggested</source>
        <translation>voorgesteld</translation>
    </message>
    <message>
        <location filename="../../ui/report/painting.py" line="266"/>
        <source>%1 of posts (plan %2) · ER %3</source>
        <translation>%1 (planning %2) · ER %3</translation>
    </message>
</context>
<context>
    <name>StatusBarNotifier</name>
    <message numerus="yes">
        <location filename="../../ui/publishing/notifier.py" line="173"/>
        <source>(+%n more)</source>
        <translation>
            <numerusform>(+%n meer)</numerusform>
            <numerusform>(+%n meer)</numerusform>
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
        <translation>SMM Desk openen</translation>
    </message>
</context>
<context>
    <name>VersionTab</name>
    <message>
        <location filename="../../ui/composer/version_tab.py" line="58"/>
        <source>Campaign name, e.g. spring sale</source>
        <translation>Campagnenaam, bijv. voorjaarsuitverkoop</translation>
    </message>
    <message>
        <location filename="../../ui/composer/version_tab.py" line="59"/>
        <source>Add tracking to links</source>
        <translation>Tracking aan links toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/composer/version_tab.py" line="63"/>
        <source>Adds utm_source=%1, utm_medium=social and utm_campaign to every link in this version, so your website statistics show where visitors came from.</source>
        <translation>Voegt utm_source=%1, utm_medium=social en utm_campaign toe aan elke link in deze versie, zodat je websitestatistieken laten zien waar bezoekers vandaan kwamen.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/version_tab.py" line="130"/>
        <source>Own version for %1.</source>
        <translation>Eigen versie voor %1.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/version_tab.py" line="135"/>
        <source>Follows the main text. Change it here to adapt it for %1.</source>
        <translation>Volgt de hoofdtekst. Wijzig hem hier om hem aan te passen voor %1.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/version_tab.py" line="75"/>
        <source>Different time for this account</source>
        <translation>Ander tijdstip voor dit account</translation>
    </message>
    <message>
        <location filename="../../ui/composer/version_tab.py" line="131"/>
        <source>Use the main text again</source>
        <translation>Hoofdtekst weer gebruiken</translation>
    </message>
    <message>
        <location filename="../../ui/composer/version_tab.py" line="137"/>
        <source>Write a separate version</source>
        <translation>Een aparte versie schrijven</translation>
    </message>
</context>
<context>
    <name>WeekGrid</name>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="214"/>
        <source>Posting times of the week</source>
        <translation>Posttijden van de week</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <location filename="../../ui/calendar/welcome.py" line="68"/>
        <source>Welcome to SMM Desk</source>
        <extracomment>Starts a detached process (tests record the command instead of starting a second app).</extracomment>
        <translation>Welkom bij SMM Desk</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/welcome.py" line="77"/>
        <source>Plan your posts for every platform in one calendar, and SMM Desk posts them on time or reminds you. Start in one of three ways:</source>
        <translation>Plan je berichten voor elk platform in één kalender; SMM Desk plaatst ze op tijd of herinnert je eraan. Begin op een van drie manieren:</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/welcome.py" line="92"/>
        <location filename="../../ui/calendar/welcome.py" line="97"/>
        <source>Connect an account</source>
        <translation>Een account koppelen</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/welcome.py" line="94"/>
        <source>Bluesky, Mastodon and Telegram get your posts at the planned time. For Instagram and the others SMM Desk reminds you, with the text and photos ready.</source>
        <translation>Bluesky, Mastodon en Telegram krijgen je berichten op het geplande tijdstip. Voor Instagram en de andere platforms herinnert SMM Desk je eraan, met de tekst en foto&apos;s klaar.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/welcome.py" line="102"/>
        <source>Look around in the demo</source>
        <translation>Rondkijken in de demo</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/welcome.py" line="105"/>
        <source>A made-up bakery with three accounts, a month of posts and their figures. It opens in a second window and never touches your own plan. Later, start it with: %1</source>
        <translation>Een verzonnen bakkerij met drie accounts, een maand aan berichten en de cijfers ervan. De demo opent in een tweede venster en komt nooit aan je eigen planning. Start hem later met: %1</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/welcome.py" line="111"/>
        <source>Open the demo</source>
        <translation>De demo openen</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/welcome.py" line="116"/>
        <source>Import a spreadsheet</source>
        <translation>Een spreadsheet importeren</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/welcome.py" line="118"/>
        <source>Already plan in Excel or Google Sheets? Save it as CSV (date, accounts, text) and bring the posts in: you see every row before anything is imported.</source>
        <translation>Plan je al in Excel of Google Spreadsheets? Sla het op als CSV (datum, accounts, tekst) en haal de berichten binnen: je ziet elke rij voordat er iets wordt geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/welcome.py" line="121"/>
        <source>Import a spreadsheet…</source>
        <translation>Een spreadsheet importeren…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/welcome.py" line="133"/>
        <source>Or start with an empty plan</source>
        <translation>Of begin met een lege planning</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/welcome.py" line="201"/>
        <source>The demo is opening in a second window. Close it when you are done; nothing in it reaches your own plan.</source>
        <translation>De demo opent in een tweede venster. Sluit het als je klaar bent; niets daarin komt in je eigen planning.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/welcome.py" line="208"/>
        <source>The demo could not be started from here. Start it with: %1</source>
        <translation>De demo kon niet vanaf hier worden gestart. Start hem met: %1</translation>
    </message>
</context>
</TS>
