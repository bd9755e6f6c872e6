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
        <translation>Laatst gecontroleerd</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="75"/>
        <source>Needs reconnecting</source>
        <translation>Opnieuw koppelen nodig</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="77"/>
        <source>Disconnected</source>
        <translation>Ontkoppeld</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="80"/>
        <source>Reconnect by %1</source>
        <translation>Opnieuw koppelen vóór %1</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="82"/>
        <source>Reminders (you post)</source>
        <translation>Herinneringen (je post zelf)</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="83"/>
        <source>Connected</source>
        <translation>Gekoppeld</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <location filename="../../ui/accounts/page.py" line="73"/>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="80"/>
        <location filename="../../ui/accounts/page.py" line="89"/>
        <location filename="../../ui/accounts/page.py" line="94"/>
        <source>Connect an account</source>
        <translation>Account koppelen</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="91"/>
        <source>Connect Bluesky, Mastodon or Telegram and SMM Desk posts for you at the planned time. Add Instagram and the others to get a reminder with everything ready.</source>
        <translation>Koppel Bluesky, Mastodon of Telegram en SMM Desk plaatst je berichten op het geplande tijdstip. Voeg Instagram en de andere toe voor een herinnering met alles klaar.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="138"/>
        <source>Test connection</source>
        <translation>Verbinding testen</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="145"/>
        <source>Allow photos…</source>
        <translation>Foto&apos;s toestaan…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="147"/>
        <source>Add a user token so SMM Desk can post VK posts with photos by itself</source>
        <translation>Voeg een gebruikerstoken toe zodat SMM Desk VK-berichten met foto&apos;s zelf kan plaatsen</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="153"/>
        <source>Photo hosting…</source>
        <extracomment>VK accounts whose user token is in the keyring (read with the list, off the GUI thread)</extracomment>
        <translation>Fotohosting…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="173"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="295"/>
        <source>The %1 login of %2 stopped working on %3. Reconnect it: its posts wait until you do.</source>
        <translation>De inlog van %2 bij %1 werkt sinds %3 niet meer. Koppel het account opnieuw: de berichten wachten tot je dat doet.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="305"/>
        <source>The %1 login of %2 stops working on %3 and SMM Desk could not renew it by itself. Reconnect it before then, or its posts will wait.</source>
        <translation>De inlog van %2 bij %1 werkt vanaf %3 niet meer en SMM Desk kon hem niet zelf vernieuwen. Koppel het account vóór die tijd opnieuw, anders wachten de berichten.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/accounts/page.py" line="313"/>
        <source>%n more account(s) need the same.</source>
        <translation>
            <numerusform>Nog %n account heeft dit ook nodig.</numerusform>
            <numerusform>Nog %n accounts hebben dit ook nodig.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="346"/>
        <source>Something went wrong (%1). Try again; details are in the log.</source>
        <translation>Er ging iets mis (%1). Probeer het opnieuw; details staan in het logbestand.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="374"/>
        <source>%1 added. SMM Desk will remind you when its posts are due.</source>
        <translation>%1 toegevoegd. SMM Desk herinnert je eraan wanneer de berichten klaarstaan.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="379"/>
        <source>%1 is connected and works.</source>
        <translation>%1 is gekoppeld en werkt.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="401"/>
        <source>Photos allowed for %1 (with the token of %2): SMM Desk now posts its VK posts with photos by itself.</source>
        <translation>Foto&apos;s toegestaan voor %1 (met het token van %2): SMM Desk plaatst de VK-berichten met foto&apos;s nu zelf.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="419"/>
        <source>Testing %1…</source>
        <translation>%1 testen…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="425"/>
        <source>%1 works.</source>
        <translation>%1 werkt.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="446"/>
        <source>Remove %1? Its saved login is deleted; posts already sent stay in your plan. Click &quot;Yes, remove&quot; to go ahead.</source>
        <translation>%1 verwijderen? De opgeslagen inlog wordt gewist; verzonden berichten blijven in je planning. Klik op &quot;Ja, verwijderen&quot; om door te gaan.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="113"/>
        <location filename="../../ui/accounts/page.py" line="140"/>
        <source>Reconnect…</source>
        <translation>Opnieuw koppelen…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="142"/>
        <location filename="../../ui/accounts/page.py" line="254"/>
        <location filename="../../ui/accounts/page.py" line="454"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Something went wrong ({name}). Try again; details are in the log.</source>
        <translation type="vanished">Er ging iets mis ({name}). Probeer het opnieuw; details staan in het logbestand.</translation>
    </message>
    <message>
        <source>{handle} added. SMM Desk will remind you when its posts are due.</source>
        <translation type="vanished">{handle} toegevoegd. SMM Desk herinnert je eraan wanneer de berichten klaarstaan.</translation>
    </message>
    <message>
        <source>{handle} is connected and works.</source>
        <translation type="vanished">{handle} is gekoppeld en werkt.</translation>
    </message>
    <message>
        <source>Testing {handle}…</source>
        <translation type="vanished">{handle} testen…</translation>
    </message>
    <message>
        <source>{handle} works.</source>
        <translation type="vanished">{handle} werkt.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="442"/>
        <source>Yes, remove</source>
        <translation>Ja, verwijderen</translation>
    </message>
    <message>
        <source>Remove {handle}? Its saved login is deleted; posts already sent stay in your plan. Click &quot;Yes, remove&quot; to go ahead.</source>
        <translation type="vanished">{handle} verwijderen? De opgeslagen inlog wordt gewist; verzonden berichten blijven in je planning. Klik op &quot;Ja, verwijderen&quot; om door te gaan.</translation>
    </message>
</context>
<context>
    <name>AllowPhotosDialog</name>
    <message>
        <location filename="../../ui/accounts/vk_photos.py" line="42"/>
        <source>Allow photos for %1</source>
        <translation>Foto&apos;s toestaan voor %1</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/vk_photos.py" line="47"/>
        <source>VK lets only a person upload photos to a community&apos;s wall, not the community&apos;s own token. With a user token of an administrator of the community, SMM Desk posts your VK posts with photos by itself. Without it, it posts the text-only ones and reminds you to post the ones with photos.</source>
        <translation>VK laat alleen een persoon foto&apos;s uploaden naar de muur van een community, niet het token van de community zelf. Met een gebruikerstoken van een beheerder van de community plaatst SMM Desk je VK-berichten met foto&apos;s zelf. Zonder dat token plaatst SMM Desk alleen de berichten met enkel tekst en herinnert het je eraan de berichten met foto&apos;s zelf te plaatsen.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/vk_photos.py" line="57"/>
        <source>Paste a user token of an administrator of the community with the rights photos and wall. SMM Desk keeps it in your computer&apos;s password store, next to the community token.</source>
        <translation>Plak een gebruikerstoken van een beheerder van de community met de rechten photos en wall. SMM Desk bewaart het in de wachtwoordkluis van je computer, naast het communitytoken.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/vk_photos.py" line="68"/>
        <source>Paste the user token</source>
        <translation>Plak het gebruikerstoken</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/vk_photos.py" line="69"/>
        <source>User token</source>
        <translation>Gebruikerstoken</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/vk_photos.py" line="81"/>
        <location filename="../../ui/accounts/vk_photos.py" line="108"/>
        <source>Allow photos</source>
        <translation>Foto&apos;s toestaan</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/vk_photos.py" line="82"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/vk_photos.py" line="90"/>
        <source>Paste the user token first.</source>
        <translation>Plak eerst het gebruikerstoken.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/vk_photos.py" line="93"/>
        <source>Checking…</source>
        <translation>Controleren…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/vk_photos.py" line="113"/>
        <source>Checking failed unexpectedly (%1). Try again.</source>
        <translation>Controleren is onverwacht mislukt (%1). Probeer het opnieuw.</translation>
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
    <name>CheckPage</name>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="433"/>
        <source>Checking the connection</source>
        <translation>De verbinding controleren</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="469"/>
        <source>Asking %1 whether the token works…</source>
        <extracomment>The values the account was connected with; a second visit with the same values shows the result again instead of connecting twice.</extracomment>
        <translation>%1 vragen of het token werkt…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="471"/>
        <source>Adding the account…</source>
        <translation>Het account toevoegen…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="489"/>
        <source>Not connected yet</source>
        <translation>Nog niet gekoppeld</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="498"/>
        <source>Connected as %1</source>
        <translation>Gekoppeld als %1</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="501"/>
        <source>%1 added</source>
        <translation>%1 toegevoegd</translation>
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
        <location filename="../../ui/accounts/connect_dialog.py" line="42"/>
        <source>Handle</source>
        <translation>Handle</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="44"/>
        <source>App password</source>
        <translation>App-wachtwoord</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="45"/>
        <source>In Bluesky: Settings &gt; Privacy and security &gt; App passwords &gt; Add. Never use your main password here.</source>
        <translation>In Bluesky: Instellingen &gt; Privacy en beveiliging &gt; App-wachtwoorden &gt; Toevoegen. Gebruik hier nooit je hoofdwachtwoord.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="52"/>
        <source>Account name</source>
        <translation>Accountnaam</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="54"/>
        <source>Access token</source>
        <translation>Toegangstoken</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="55"/>
        <source>On your server: Preferences &gt; Development &gt; New application (allow read and write), then copy &quot;Your access token&quot;.</source>
        <translation>Op je server: Voorkeuren &gt; Ontwikkelen &gt; Nieuwe toepassing (met lees- en schrijfrechten), en kopieer dan “Jouw toegangscode”.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="62"/>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="64"/>
        <source>Bot token</source>
        <translation>Bot-token</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="65"/>
        <source>Ask @BotFather for a bot (/newbot) and copy its token. Then make the bot an administrator of your channel who may post messages.</source>
        <translation>Vraag @BotFather om een bot (/newbot) en kopieer het token. Maak de bot daarna beheerder van je kanaal, met het recht om berichten te plaatsen.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="72"/>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="74"/>
        <source>Community token</source>
        <translation>Communitytoken</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="75"/>
        <source>In VK, open your community &gt; Manage &gt; API usage &gt; Create token. Allow wall, photos and manage, then copy the token. SMM Desk posts as the community.</source>
        <translation>Open in VK je community &gt; Manage &gt; API usage &gt; Create token. Sta wall, photos en manage toe en kopieer dan het token. SMM Desk plaatst als de community.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="83"/>
        <source>Optional, for photos: VK lets only a person upload photos to a wall. Paste a user token of an administrator of the community with the rights photos and wall. Without it, SMM Desk posts the text of VK posts by itself and reminds you to post the ones with photos.</source>
        <extracomment>VK: photos need a person&apos;s token (VK does not let a community token upload them).</extracomment>
        <translation>Optioneel, voor foto&apos;s: VK laat alleen een persoon foto&apos;s naar een muur uploaden. Plak een gebruikerstoken van een beheerder van de community met de rechten photos en wall. Zonder dat token plaatst SMM Desk de tekst van VK-berichten zelf en herinnert het je eraan de berichten met foto&apos;s zelf te plaatsen.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="89"/>
        <source>SMM Desk cannot post here by itself. At the planned time it reminds you, copies the text and saves the photos in a folder; you post and mark it done.</source>
        <translation>SMM Desk kan hier niet zelf plaatsen. Op het geplande tijdstip krijg je een herinnering, wordt de tekst gekopieerd en komen de foto&apos;s in een map; jij plaatst het bericht en markeert het als geplaatst.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="95"/>
        <source>Meta lets SMM Desk in only through a small app of your own at developers.facebook.com. The guided setup takes you through it step by step, in about ten minutes.</source>
        <extracomment>Facebook Pages, Instagram and Threads need an app of the owner&apos;s own: the guided setup.</extracomment>
        <translation>Meta laat SMM Desk alleen toe via een kleine eigen app op developers.facebook.com. De begeleide instelling leidt je er stap voor stap doorheen, in ongeveer tien minuten.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="102"/>
        <source>Click &quot;Open the sign-in page&quot;: your server opens in the browser. Sign in, allow SMM Desk, then copy the code it shows and paste it here.</source>
        <translation>Klik op &quot;Inlogpagina openen&quot;: je server opent in de browser. Log in, geef SMM Desk toestemming, kopieer dan de code die je ziet en plak die hier.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="133"/>
        <source>Reconnect account</source>
        <extracomment>Opens a web address in the browser (tests record it instead).</extracomment>
        <translation>Account opnieuw koppelen</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="133"/>
        <source>Connect an account</source>
        <translation>Account koppelen</translation>
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
        <translation>Serveradres</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="156"/>
        <source>User token (optional)</source>
        <translation>Gebruikerstoken (optioneel)</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="159"/>
        <source>Only for posts with photos</source>
        <translation>Alleen voor berichten met foto&apos;s</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="163"/>
        <source>How</source>
        <translation>Hoe</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="167"/>
        <source>Sign in through the browser (easiest)</source>
        <translation>Inloggen via de browser (makkelijkst)</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="168"/>
        <source>Paste an access token</source>
        <translation>Toegangstoken plakken</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="177"/>
        <source>Open the sign-in page</source>
        <translation>Inlogpagina openen</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="188"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="190"/>
        <source>Paste the code your server shows</source>
        <translation>Plak de code die je server toont</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="208"/>
        <location filename="../../ui/accounts/connect_dialog.py" line="232"/>
        <location filename="../../ui/accounts/connect_dialog.py" line="444"/>
        <source>Reconnect</source>
        <translation>Opnieuw koppelen</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="208"/>
        <location filename="../../ui/accounts/connect_dialog.py" line="232"/>
        <location filename="../../ui/accounts/connect_dialog.py" line="444"/>
        <source>Connect</source>
        <translation>Koppelen</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="254"/>
        <source>(filled in from your server)</source>
        <translation>(ingevuld door je server)</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="262"/>
        <source>Server (leave empty for bsky.social)</source>
        <translation>Server (leeg laten voor bsky.social)</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="296"/>
        <source>Start the guided setup…</source>
        <translation>Begeleid instellen…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="345"/>
        <source>Enter your server&apos;s address first, e.g. mastodon.social</source>
        <translation>Vul eerst het adres van je server in, bijv. mastodon.social</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="354"/>
        <source>Open the sign-in page again</source>
        <translation>Inlogpagina opnieuw openen</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="358"/>
        <source>If the browser did not open, &lt;a href=&quot;%1&quot;&gt;click here&lt;/a&gt;.</source>
        <translation>Opende de browser niet? &lt;a href=&quot;%1&quot;&gt;Klik dan hier&lt;/a&gt;.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="449"/>
        <source>Connecting failed unexpectedly (%1). Try again.</source>
        <translation>Koppelen is onverwacht mislukt (%1). Probeer het opnieuw.</translation>
    </message>
    <message>
        <source>If the browser did not open, &lt;a href=&quot;{url}&quot;&gt;click here&lt;/a&gt;.</source>
        <translation type="vanished">Opende de browser niet? &lt;a href=&quot;{url}&quot;&gt;Klik dan hier&lt;/a&gt;.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="382"/>
        <location filename="../../ui/accounts/connect_dialog.py" line="422"/>
        <source>Checking…</source>
        <translation>Controleren…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="415"/>
        <source>Click &quot;Open the sign-in page&quot; first.</source>
        <translation>Klik eerst op &quot;Inlogpagina openen&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="418"/>
        <source>Paste the code your server showed after you allowed it.</source>
        <translation>Plak de code die je server toonde nadat je toestemming gaf.</translation>
    </message>
    <message>
        <source>Connecting failed unexpectedly ({name}). Try again.</source>
        <translation type="vanished">Koppelen is onverwacht mislukt ({name}). Probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>CounterBar</name>
    <message>
        <location filename="../../ui/composer/widgets.py" line="243"/>
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
        <location filename="../../ui/calendar/delegate.py" line="222"/>
        <location filename="../../ui/calendar/delegate.py" line="227"/>
        <source>nothing planned</source>
        <translation>niets gepland</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar/delegate.py" line="136"/>
        <source>+%n more</source>
        <translation>
            <numerusform>+%n meer</numerusform>
            <numerusform>+%n meer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar/delegate.py" line="137"/>
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
        <location filename="../../ui/calendar/import_dialog.py" line="308"/>
        <location filename="../../ui/calendar/import_dialog.py" line="345"/>
        <source>Export the plan</source>
        <translation>Planning exporteren</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="316"/>
        <source>Spreadsheet (CSV)</source>
        <translation>Spreadsheet (CSV)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="317"/>
        <source>Calendar file (.ics)</source>
        <translation>Agendabestand (.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="318"/>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="319"/>
        <source>To</source>
        <translation>Tot</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="320"/>
        <source>Format</source>
        <translation>Formaat</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="323"/>
        <source>Both days are included. A CSV opens in a spreadsheet and can be imported again; an .ics file opens in Google Calendar, Apple Calendar, Outlook or Thunderbird.</source>
        <translation>Beide dagen tellen mee. Een CSV opent in een spreadsheet en kan opnieuw worden geïmporteerd; een .ics-bestand opent in Google Agenda, Apple Agenda, Outlook of Thunderbird.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="333"/>
        <source>Save as…</source>
        <translation>Opslaan als…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="362"/>
        <source>Could not save %1: %2</source>
        <translation>Kan %1 niet opslaan: %2</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="365"/>
        <source>Saved %1 posts to %2.</source>
        <translation>%1 berichten opgeslagen in %2.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="151"/>
        <source>All states</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="153"/>
        <source>Scheduled</source>
        <translation>Ingepland</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="154"/>
        <source>Drafts</source>
        <translation>Concepten</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="155"/>
        <source>Published</source>
        <translation>Gepubliceerd</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="156"/>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="157"/>
        <source>Needs attention</source>
        <translation>Actie nodig</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="158"/>
        <source>Needs you</source>
        <translation>Wacht op jou</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="164"/>
        <source>Search posts (Ctrl+F)</source>
        <translation>Berichten zoeken (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="190"/>
        <source>All accounts</source>
        <translation>Elk account</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="194"/>
        <source>All platforms</source>
        <translation>Elk platform</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="199"/>
        <source>All rubrics</source>
        <translation>Alle rubrieken</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="202"/>
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
        <location filename="../../ui/publishing/publisher.py" line="133"/>
        <source>SMM Desk: %n post(s) waiting to be published</source>
        <translation>
            <numerusform>SMM Desk: %n bericht wacht op publicatie</numerusform>
            <numerusform>SMM Desk: %n berichten wachten op publicatie</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/publishing/publisher.py" line="139"/>
        <source>Publishing paused: %1</source>
        <translation>Publiceren gepauzeerd: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/publishing/publisher.py" line="152"/>
        <source>%n post(s) published</source>
        <translation>
            <numerusform>%n bericht gepubliceerd</numerusform>
            <numerusform>%n berichten gepubliceerd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/publishing/publisher.py" line="154"/>
        <source>%n will be retried</source>
        <translation>
            <numerusform>%n wordt opnieuw geprobeerd</numerusform>
            <numerusform>%n worden opnieuw geprobeerd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/publishing/publisher.py" line="156"/>
        <source>%n failed — see why in the plan</source>
        <translation>
            <numerusform>%n mislukt — zie waarom in de planning</numerusform>
            <numerusform>%n mislukt — zie waarom in de planning</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/publishing/publisher.py" line="158"/>
        <source>%n need(s) checking</source>
        <translation>
            <numerusform>%n moet gecontroleerd worden</numerusform>
            <numerusform>%n moeten gecontroleerd worden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/publishing/publisher.py" line="231"/>
        <source>Time to post on %1</source>
        <translation>Tijd om te posten op %1</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/publisher.py" line="234"/>
        <source>The text is copied and the photos are in a folder. Click here to see the post for %1.</source>
        <translation>De tekst is gekopieerd en de foto&apos;s staan in een map. Klik hier om het bericht voor %1 te zien.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/publisher.py" line="244"/>
        <source>A post to %1 failed</source>
        <translation>Een bericht naar %1 is mislukt</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/publisher.py" line="251"/>
        <source>Check a post on %1</source>
        <translation>Controleer een bericht op %1</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/publisher.py" line="254"/>
        <source>SMM Desk cannot tell whether the post to %1 went out. Click here to check it.</source>
        <translation>SMM Desk weet niet of het bericht naar %1 is verstuurd. Klik hier om het te controleren.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/publisher.py" line="279"/>
        <source>Reconnect %1 on %2</source>
        <translation>%1 op %2 opnieuw koppelen</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/publisher.py" line="245"/>
        <source>Click here to see why.</source>
        <translation>Klik hier om te zien waarom.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/publisher.py" line="281"/>
        <source>Its posts wait until you sign in again. Click here to reconnect.</source>
        <translation>De berichten wachten tot je opnieuw inlogt. Klik hier om opnieuw te koppelen.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="127"/>
        <source>Import posts from a spreadsheet</source>
        <translation>Berichten importeren uit een spreadsheet</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="134"/>
        <source>A CSV file with the columns scheduled_at, accounts, text, media and rubric. Nothing is imported until every row is fine.</source>
        <translation>Een CSV-bestand met de kolommen scheduled_at, accounts, text, media en rubric. Er wordt niets geïmporteerd tot elke rij in orde is.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="143"/>
        <source>No file chosen</source>
        <translation>Geen bestand gekozen</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="144"/>
        <source>Choose file…</source>
        <translation>Bestand kiezen…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="146"/>
        <source>Check again</source>
        <translation>Opnieuw controleren</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="148"/>
        <source>Read the file again after you fixed and saved it in your spreadsheet</source>
        <translation>Lees het bestand opnieuw nadat je het in je spreadsheet hebt verbeterd en opgeslagen</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="157"/>
        <source>Rows without a date go into the queue (otherwise they become ideas)</source>
        <translation>Rijen zonder datum gaan in de wachtrij (anders worden het ideeën)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="160"/>
        <source>Show only the rows with a problem</source>
        <translation>Alleen rijen met een probleem tonen</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="183"/>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="195"/>
        <source>Choose a CSV file</source>
        <translation>Kies een CSV-bestand</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="195"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="237"/>
        <source>Checking the rows: %1 of %2…</source>
        <translation>Rijen controleren: %1 van %2…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="259"/>
        <source>%1 of %2 rows have a problem (in red). Fix them in your spreadsheet, save, and press Check again. Nothing has been imported.</source>
        <translation>%1 van de %2 rijen hebben een probleem (in rood). Verbeter ze in je spreadsheet, sla op en klik op Opnieuw controleren. Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="268"/>
        <source>%1 rows are ready to import.</source>
        <translation>%1 rijen zijn klaar om te importeren.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="271"/>
        <source>The file has no rows to import.</source>
        <translation>Het bestand heeft geen rijen om te importeren.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/rail.py" line="13"/>
        <source>Plan</source>
        <translation>Planning</translation>
    </message>
    <message>
        <location filename="../../ui/rail.py" line="14"/>
        <source>Compose</source>
        <translation>Schrijven</translation>
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
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../../ui/rail.py" line="18"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="116"/>
        <source>SMM Desk</source>
        <translation>SMM Desk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="133"/>
        <source>Opening your workspace…</source>
        <translation>Je werkruimte wordt geopend…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="139"/>
        <source>Opening…</source>
        <translation>Openen…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="194"/>
        <source>SMM Desk — demo workspace</source>
        <translation>SMM Desk — demowerkruimte</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="278"/>
        <source>Workspace not open</source>
        <translation>Werkruimte niet geopend</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="363"/>
        <source>No accounts connected yet</source>
        <translation>Nog geen accounts gekoppeld</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="365"/>
        <source>No posts scheduled today</source>
        <translation>Vandaag geen berichten ingepland</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="367"/>
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
        <location filename="../../ui/main_window.py" line="371"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n mislukt</numerusform>
            <numerusform>%n mislukt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="373"/>
        <source>%n need(s) you</source>
        <translation>
            <numerusform>%n vraagt je aandacht</numerusform>
            <numerusform>%n vragen je aandacht</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="376"/>
        <source>Click to see the posts that need you</source>
        <translation>Klik om de berichten te zien die op jou wachten</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="378"/>
        <source>Click to see today&apos;s plan</source>
        <translation>Klik om de planning van vandaag te zien</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="440"/>
        <source>Network status unknown</source>
        <translation>Netwerkstatus onbekend</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="436"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="369"/>
        <source>next at %1</source>
        <translation>volgende om %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="438"/>
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
        <location filename="../../ui/media/intake.py" line="111"/>
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
        <location filename="../../ui/media/details.py" line="90"/>
        <source>Click the most important spot of the photo: every crop keeps it.</source>
        <translation>Klik op het belangrijkste punt van de foto: elke uitsnede houdt het in beeld.</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="103"/>
        <source>Description for people who cannot see the photo (alt text)</source>
        <translation>Beschrijving voor mensen die de foto niet kunnen zien (alt-tekst)</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="108"/>
        <source>For example: Three golden croissants on a wooden board</source>
        <translation>Bijvoorbeeld: Drie goudbruine croissants op een houten plank</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="112"/>
        <source>Used in</source>
        <translation>Gebruikt in</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="119"/>
        <location filename="../../ui/media/page.py" line="295"/>
        <source>Delete photo</source>
        <translation>Foto verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="124"/>
        <source>What each platform will show</source>
        <translation>Wat elk platform laat zien</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="180"/>
        <source>Not used in any post yet</source>
        <translation>Nog in geen enkel bericht gebruikt</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="43"/>
        <location filename="../../ui/media/details.py" line="184"/>
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
        <location filename="../../ui/media/details.py" line="188"/>
        <source>no account yet</source>
        <translation>nog geen account</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="189"/>
        <source>Untitled post</source>
        <translation>Naamloos bericht</translation>
    </message>
    <message>
        <location filename="../../ui/media/page.py" line="219"/>
        <source>Import photos</source>
        <translation>Foto&apos;s importeren</translation>
    </message>
    <message>
        <location filename="../../ui/media/page.py" line="219"/>
        <source>Photos</source>
        <translation>Foto&apos;s</translation>
    </message>
    <message>
        <location filename="../../ui/media/intake.py" line="168"/>
        <source>Importing %1 of %2…</source>
        <translation>%1 van %2 importeren…</translation>
    </message>
    <message>
        <location filename="../../ui/media/page.py" line="243"/>
        <source>Import stopped.</source>
        <translation>Importeren gestopt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/media/page.py" line="245"/>
        <source>%n photo(s) added.</source>
        <translation>
            <numerusform>%n foto toegevoegd.</numerusform>
            <numerusform>%n foto&apos;s toegevoegd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/media/page.py" line="247"/>
        <source>%n photo(s) were already in the library.</source>
        <translation>
            <numerusform>%n foto stond al in de bibliotheek.</numerusform>
            <numerusform>%n foto&apos;s stonden al in de bibliotheek.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/media/intake.py" line="137"/>
        <source>Pasted photo</source>
        <translation>Geplakte foto</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/media/page.py" line="287"/>
        <source>This photo is in %n scheduled post(s):</source>
        <translation>
            <numerusform>Deze foto zit in %n ingepland bericht:</numerusform>
            <numerusform>Deze foto zit in %n ingeplande berichten:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/media/page.py" line="289"/>
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
        <location filename="../../ui/composer/media_strip.py" line="181"/>
        <source>⚠ no description</source>
        <translation>⚠ geen beschrijving</translation>
    </message>
    <message>
        <location filename="../../ui/composer/media_strip.py" line="184"/>
        <source>%1: add a description so people who cannot see it know what it shows</source>
        <translation>%1: voeg een beschrijving toe zodat mensen die hem niet kunnen zien weten wat erop staat</translation>
    </message>
</context>
<context>
    <name>MetaWizard</name>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="74"/>
        <source>Meta lets programs like SMM Desk in only through an app of your own, made at developers.facebook.com. It is free and takes about ten minutes. You have a role on your own app, so you may use it for your own account without Meta&apos;s review.</source>
        <extracomment>The platforms this wizard sets up (the connect dialog opens it for these). &quot;A Meta app (developers.facebook.com/apps)&quot;: threads/get-started, &quot;Before you start&quot;. pages-api/create-an-app: &quot;Meta&apos;s Graph API Explorer allows you to ... get access tokens&quot;. The Access Token Debugger (Meta&apos;s tool; its &quot;Extend Access Token&quot; button is not described in Meta&apos;s reference docs, only on the tool&apos;s page itself). A paragraph before ``text`` (translated on its own: the same one on every intro).</extracomment>
        <translation>Meta laat programma&apos;s zoals SMM Desk alleen toe via een eigen app, die je maakt op developers.facebook.com. Dat is gratis en duurt ongeveer tien minuten. Je hebt een rol in je eigen app, dus je mag hem zonder controle door Meta voor je eigen account gebruiken.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="80"/>
        <source>Open developers.facebook.com</source>
        <translation>developers.facebook.com openen</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="81"/>
        <source>Open My Apps</source>
        <translation>My Apps openen</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="99"/>
        <location filename="../../ui/accounts/meta_wizard.py" line="162"/>
        <location filename="../../ui/accounts/meta_wizard.py" line="212"/>
        <source>Before you start</source>
        <translation>Voordat je begint</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="100"/>
        <source>You need your Facebook login and a Facebook Page you manage. Log in at developers.facebook.com; the first time, Meta asks you to register as a developer (free).</source>
        <translation>Je hebt je Facebook-inlog nodig en een Facebook-pagina die je beheert. Log in op developers.facebook.com; de eerste keer vraagt Meta je om je te registreren als ontwikkelaar (gratis).</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="111"/>
        <location filename="../../ui/accounts/meta_wizard.py" line="176"/>
        <location filename="../../ui/accounts/meta_wizard.py" line="224"/>
        <source>Create the app</source>
        <translation>De app maken</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="112"/>
        <source>Click &quot;Create app&quot;. Type a name (the name of your shop will do) and your email. When Meta asks what the app is for, choose the use case &quot;Manage everything on your Page&quot;. If Meta asks for an app type instead, choose Business and add the product &quot;Facebook Login for Business&quot;.</source>
        <translation>Klik op &quot;Create app&quot;. Typ een naam (de naam van je winkel is prima) en je e-mailadres. Vraagt Meta waarvoor de app is, kies dan de use case &quot;Manage everything on your Page&quot;. Vraagt Meta in plaats daarvan om een app-type, kies dan Business en voeg het product &quot;Facebook Login for Business&quot; toe.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="123"/>
        <location filename="../../ui/accounts/meta_wizard.py" line="234"/>
        <source>Choose the permissions</source>
        <translation>De machtigingen kiezen</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="124"/>
        <source>On the Dashboard of your app, click &quot;Customize the Manage everything on your Page use case&quot;, then click Add next to each of these permissions (some are there already):</source>
        <translation>Klik op het Dashboard van je app op &quot;Customize the Manage everything on your Page use case&quot; en klik dan op Add naast elk van deze machtigingen (sommige staan er al):</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="136"/>
        <location filename="../../ui/accounts/meta_wizard.py" line="199"/>
        <location filename="../../ui/accounts/meta_wizard.py" line="259"/>
        <source>Make a token</source>
        <translation>Een token maken</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="137"/>
        <source>Open the Graph API Explorer. Under &quot;Meta App&quot; choose your app, under &quot;User or Page&quot; choose &quot;Get User Access Token&quot;, and add the permissions of the last step. Click &quot;Generate Access Token&quot;, log in and allow your Page. Then copy the token (the long text in the Access Token box).</source>
        <translation>Open de Graph API Explorer. Kies onder &quot;Meta App&quot; je app, kies onder &quot;User or Page&quot; de optie &quot;Get User Access Token&quot; en voeg de machtigingen van de vorige stap toe. Klik op &quot;Generate Access Token&quot;, log in en geef toegang tot je pagina. Kopieer dan het token (de lange tekst in het vak Access Token).</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="145"/>
        <source>Open the Graph API Explorer</source>
        <translation>Graph API Explorer openen</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="148"/>
        <source>Make the token last</source>
        <translation>Het token verlengen</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="149"/>
        <source>A token from the Explorer stops working after about an hour. Open the Access Token Debugger, paste the token, click &quot;Debug&quot;, then &quot;Extend Access Token&quot; at the bottom, and copy the new token. It works for about 60 days; SMM Desk asks your Page for its own token with it each time it posts.</source>
        <translation>Een token uit de Explorer werkt na ongeveer een uur niet meer. Open de Access Token Debugger, plak het token, klik op &quot;Debug&quot; en daarna onderaan op &quot;Extend Access Token&quot;, en kopieer het nieuwe token. Dat werkt ongeveer 60 dagen; SMM Desk vraagt er bij elk bericht het eigen token van je pagina mee op.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="157"/>
        <source>Open the Access Token Debugger</source>
        <translation>Access Token Debugger openen</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="163"/>
        <source>You need an Instagram professional account (Business or Creator); no Facebook Page is needed. Instagram fetches the photos of a post from a web address, so unless photo hosting is set up, SMM Desk prepares your Instagram posts and reminds you to post them (assisted). You may skip the setup: leave the token empty at the end.</source>
        <translation>Je hebt een professioneel Instagram-account nodig (zakelijk of creator); een Facebook-pagina is niet nodig. Instagram haalt de foto&apos;s van een bericht op van een webadres, dus zolang er geen fotohosting is ingesteld, bereidt SMM Desk je Instagram-berichten voor en herinnert het je eraan ze te plaatsen (op herinnering). Je kunt het instellen overslaan: laat het token aan het eind leeg.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="177"/>
        <source>Click &quot;Create app&quot;. Type a name (the name of your shop will do) and your email. Choose the use case &quot;Manage messaging and content on Instagram&quot;. If Meta asks for an app type, choose Business.</source>
        <translation>Klik op &quot;Create app&quot;. Typ een naam (de naam van je winkel is prima) en je e-mailadres. Kies de use case &quot;Manage messaging and content on Instagram&quot;. Vraagt Meta om een app-type, kies dan Business.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="187"/>
        <source>Set up Instagram login</source>
        <translation>Instagram-login instellen</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="188"/>
        <source>On the Dashboard of your app, click &quot;Customize the Manage messaging and content on Instagram use case&quot; and choose &quot;API setup with Instagram login&quot;. It adds the permissions SMM Desk needs:</source>
        <translation>Klik op het Dashboard van je app op &quot;Customize the Manage messaging and content on Instagram use case&quot; en kies &quot;API setup with Instagram login&quot;. Daarmee komen de machtigingen die SMM Desk nodig heeft erbij:</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="200"/>
        <source>In the menu on the left, click Instagram &gt; &quot;API setup with Instagram business login&quot;. Click &quot;Generate token&quot; next to your Instagram account (if it is not listed, click &quot;Add account&quot; first), log in to Instagram and copy the token.</source>
        <translation>Klik in het menu links op Instagram &gt; &quot;API setup with Instagram business login&quot;. Klik op &quot;Generate token&quot; naast je Instagram-account (staat het er niet bij, klik dan eerst op &quot;Add account&quot;), log in bij Instagram en kopieer het token.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="213"/>
        <source>You need your Threads profile and your Facebook login for developers.facebook.com; the first time, Meta asks you to register as a developer (free).</source>
        <translation>Je hebt je Threads-profiel nodig en je Facebook-inlog voor developers.facebook.com; de eerste keer vraagt Meta je om je te registreren als ontwikkelaar (gratis).</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="225"/>
        <source>Click &quot;Create app&quot;. Type a name (the name of your shop will do) and your email, and choose the use case &quot;Access the Threads API&quot;.</source>
        <translation>Klik op &quot;Create app&quot;. Typ een naam (de naam van je winkel is prima) en je e-mailadres, en kies de use case &quot;Access the Threads API&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="235"/>
        <source>On the Dashboard of your app, click &quot;Customize the Access the Threads API use case&quot; and click Add next to threads_content_publish and threads_manage_insights (threads_basic is there already):</source>
        <translation>Klik op het Dashboard van je app op &quot;Customize the Access the Threads API use case&quot; en klik op Add naast threads_content_publish en threads_manage_insights (threads_basic staat er al):</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="247"/>
        <source>Add yourself as a tester</source>
        <translation>Jezelf toevoegen als tester</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="248"/>
        <source>Until Meta reviews an app, only its testers may use it. In your app, open App roles &gt; Roles, click &quot;Add People&quot;, choose &quot;Threads Tester&quot; and type your Threads username. Then accept the invitation in Threads: Settings &gt; Account &gt; Website permissions &gt; Invites.</source>
        <translation>Zolang Meta een app niet heeft beoordeeld, mogen alleen de testers hem gebruiken. Open in je app App roles &gt; Roles, klik op &quot;Add People&quot;, kies &quot;Threads Tester&quot; en typ je Threads-gebruikersnaam. Accepteer daarna de uitnodiging in Threads: Instellingen &gt; Account &gt; Websitemachtigingen &gt; Uitnodigingen.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="260"/>
        <source>Back in &quot;Customize the Access the Threads API use case&quot;, open Settings. Under &quot;User Token Generator&quot;, click &quot;Generate access token&quot; next to your profile, allow it, and copy the token.</source>
        <translation>Open weer &quot;Customize the Access the Threads API use case&quot; en daarin Settings. Klik onder &quot;User Token Generator&quot; op &quot;Generate access token&quot; naast je profiel, geef toestemming en kopieer het token.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="275"/>
        <source>Page ID</source>
        <translation>Pagina-ID</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="277"/>
        <source>Your Page ID is a number: on your Page, open About &gt; Page transparency.</source>
        <translation>Je pagina-ID is een getal: open op je pagina Info &gt; Paginatransparantie.</translation>
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
        <translation>Instagram-gebruikersnaam</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="286"/>
        <source>Leave the token empty to skip the setup: SMM Desk then only reminds you to post.</source>
        <translation>Laat het token leeg om het instellen over te slaan: SMM Desk herinnert je dan alleen aan het plaatsen.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="290"/>
        <source>Token (optional)</source>
        <translation>Token (optioneel)</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="293"/>
        <source>Threads username</source>
        <translation>Threads-gebruikersnaam</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="302"/>
        <source>From now on SMM Desk posts your Facebook posts at the planned time by itself: text, links and up to 10 photos.</source>
        <translation>Vanaf nu plaatst SMM Desk je Facebook-berichten zelf op het geplande tijdstip: tekst, links en tot 10 foto&apos;s.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="307"/>
        <source>SMM Desk keeps the token and checks the account with it. Instagram fetches photos from a web address, so until photo hosting is set up your Instagram posts stay assisted: SMM Desk prepares each one and reminds you to post it.</source>
        <translation>SMM Desk bewaart het token en controleert het account ermee. Instagram haalt foto&apos;s op van een webadres, dus zolang er geen fotohosting is ingesteld, gaan je Instagram-berichten op herinnering: SMM Desk bereidt elk bericht voor en herinnert je eraan het te plaatsen.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="313"/>
        <source>From now on SMM Desk posts your Threads posts at the planned time by itself (text up to 500 characters). Threads fetches photos from a web address, so a post with photos stays assisted: SMM Desk reminds you to post it.</source>
        <translation>Vanaf nu plaatst SMM Desk je Threads-berichten zelf op het geplande tijdstip (tekst tot 500 tekens). Threads haalt foto&apos;s op van een webadres, dus een bericht met foto&apos;s gaat op herinnering: SMM Desk herinnert je eraan het te plaatsen.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="320"/>
        <source>SMM Desk prepares your Instagram posts and reminds you when they are due. Run this setup again (Reconnect) when you want SMM Desk to check the account too.</source>
        <translation>SMM Desk bereidt je Instagram-berichten voor en herinnert je eraan wanneer ze klaarstaan. Doorloop deze instelling opnieuw (Opnieuw koppelen) als je wilt dat SMM Desk ook het account controleert.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="541"/>
        <source>Set up %1</source>
        <extracomment>Opens a web address in the browser (tests record it instead).</extracomment>
        <translation>%1 instellen</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="546"/>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="547"/>
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="548"/>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="549"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="557"/>
        <location filename="../../ui/accounts/meta_wizard.py" line="560"/>
        <source>Step %1 of %2: %3</source>
        <translation>Stap %1 van %2: %3</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="591"/>
        <source>%1 did not accept this token. Click Back and paste it again (all of it); if it still fails, make a new token as the steps explain.</source>
        <translation>%1 heeft dit token niet geaccepteerd. Klik op Terug en plak het opnieuw (helemaal); lukt het nog steeds niet, maak dan een nieuw token zoals de stappen uitleggen.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="598"/>
        <source>%1

Click Back to change the token, or follow the steps again.</source>
        <translation>%1

Klik op Terug om het token te wijzigen, of volg de stappen opnieuw.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="602"/>
        <source>Connecting failed unexpectedly (%1). Try again; details are in the log.</source>
        <translation>Koppelen is onverwacht mislukt (%1). Probeer het opnieuw; details staan in het logbestand.</translation>
    </message>
</context>
<context>
    <name>MissedPostsDialog</name>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="50"/>
        <source>Posts that missed their time</source>
        <translation>Berichten die hun tijdstip misten</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="55"/>
        <source>These posts were due while SMM Desk was closed, so they were not sent. Choose for each: post it now, pick a new time, or skip it.</source>
        <translation>Deze berichten stonden gepland terwijl SMM Desk gesloten was, dus ze zijn niet verstuurd. Kies per bericht: nu plaatsen, een nieuw tijdstip kiezen of overslaan.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="63"/>
        <source>Was due</source>
        <translation>Gepland voor</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="63"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="63"/>
        <source>Post</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="75"/>
        <source>Post now</source>
        <translation>Nu plaatsen</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="81"/>
        <source>Move to this time</source>
        <translation>Naar dit tijdstip</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="83"/>
        <source>Skip</source>
        <translation>Overslaan</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="95"/>
        <source>Decide later</source>
        <translation>Later beslissen</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="122"/>
        <source>Select one or more posts first.</source>
        <translation>Kies eerst een of meer berichten.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="144"/>
        <source>They will be sent in a moment.</source>
        <translation>Ze worden zo verstuurd.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="152"/>
        <source>Moved to the new time.</source>
        <translation>Verplaatst naar het nieuwe tijdstip.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="158"/>
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
        <location filename="../../ui/calendar/post_menu.py" line="40"/>
        <source>Move to a date</source>
        <translation>Naar een datum verplaatsen</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_menu.py" line="42"/>
        <source>The post keeps its time of day.</source>
        <translation>Het bericht houdt zijn tijdstip.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_menu.py" line="53"/>
        <source>Move</source>
        <translation>Verplaatsen</translation>
    </message>
</context>
<context>
    <name>NavigationBar</name>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="49"/>
        <source>Previous (Page Up)</source>
        <translation>Vorige (Page Up)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="52"/>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="53"/>
        <source>Go to today (Ctrl+T)</source>
        <translation>Naar vandaag (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="57"/>
        <source>Next (Page Down)</source>
        <translation>Volgende (Page Down)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="70"/>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="70"/>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="70"/>
        <source>List</source>
        <translation>Lijst</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="85"/>
        <source>Calendar system</source>
        <translation>Kalendersysteem</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="87"/>
        <source>Gregorian</source>
        <translation>Gregoriaans</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="88"/>
        <source>Persian (Jalali)</source>
        <translation>Perzisch (Jalali)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="89"/>
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
    <name>PastePage</name>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="386"/>
        <source>Paste the token here</source>
        <translation>Plak het token hier</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="390"/>
        <source>SMM Desk keeps the token in your computer&apos;s password store, never in its data file. The next page checks it with the platform.</source>
        <translation>SMM Desk bewaart het token in de wachtwoordkluis van je computer, nooit in het gegevensbestand. De volgende pagina controleert het bij het platform.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="404"/>
        <source>Paste the token</source>
        <translation>Token plakken</translation>
    </message>
</context>
<context>
    <name>PhotoHostingDialog</name>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="38"/>
        <source>Photo hosting</source>
        <translation>Fotohosting</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="43"/>
        <source>Instagram, and Threads for posts with photos, fetch each photo from a web address. With a storage bucket of your own (Amazon S3, Cloudflare R2, Backblaze B2, Wasabi, MinIO…), SMM Desk puts each photo there for one hour under a name nobody can guess, gives Instagram a private link to it, and deletes it after posting. Without one, those posts stay assisted: SMM Desk reminds you and you post them.</source>
        <translation>Instagram, en Threads voor berichten met foto&apos;s, halen elke foto op van een webadres. Met een eigen opslagbucket (Amazon S3, Cloudflare R2, Backblaze B2, Wasabi, MinIO…) zet SMM Desk elke foto daar een uur neer onder een naam die niemand kan raden, geeft Instagram een privélink ernaar en verwijdert de foto na het plaatsen. Zonder bucket gaan die berichten op herinnering: SMM Desk herinnert je eraan en jij plaatst ze.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="57"/>
        <source>e.g. eu-central-1 (auto on Cloudflare R2)</source>
        <translation>bijv. eu-central-1 (auto bij Cloudflare R2)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="65"/>
        <source>Endpoint address</source>
        <translation>Endpoint-adres</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="66"/>
        <source>Region</source>
        <translation>Regio</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="67"/>
        <source>Bucket</source>
        <translation>Bucket</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="68"/>
        <source>Access key ID</source>
        <translation>Toegangssleutel-ID</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="69"/>
        <source>Secret key</source>
        <translation>Geheime sleutel</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="73"/>
        <source>Make keys for this bucket only, allowed to put, read, list and delete files. SMM Desk keeps both keys in your system keyring, never in its database.</source>
        <translation>Maak sleutels voor alleen deze bucket, met het recht om bestanden te plaatsen, te lezen, op te sommen en te verwijderen. SMM Desk bewaart beide sleutels in de wachtwoordkluis van je systeem, nooit in de database.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="91"/>
        <source>Test</source>
        <translation>Testen</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="92"/>
        <source>Test and save</source>
        <translation>Testen en opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="93"/>
        <source>Stop using it</source>
        <translation>Niet meer gebruiken</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="108"/>
        <source>Saved in your keyring; type to replace</source>
        <translation>Opgeslagen in je wachtwoordkluis; typ om te vervangen</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="119"/>
        <source>Not set up: Instagram posts, and Threads posts with photos, are assisted.</source>
        <translation>Niet ingesteld: Instagram-berichten en Threads-berichten met foto&apos;s gaan op herinnering.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="124"/>
        <source>In use: Instagram and Threads photos go through bucket %1 at %2.</source>
        <translation>In gebruik: foto&apos;s voor Instagram en Threads gaan via bucket %1 op %2.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="158"/>
        <source>Testing: storing a small file, reading it back, deleting it…</source>
        <translation>Testen: een klein bestand opslaan, teruglezen en verwijderen…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="165"/>
        <source>It works: SMM Desk stored a small file, read it back through a private link and deleted it. Click “Test and save” to use this bucket.</source>
        <translation>Het werkt: SMM Desk heeft een klein bestand opgeslagen, via een privélink teruggelezen en verwijderd. Klik op “Testen en opslaan” om deze bucket te gebruiken.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="175"/>
        <source>Testing, then saving…</source>
        <translation>Testen, daarna opslaan…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="189"/>
        <source>Saved. Posts due from now on are sent by SMM Desk itself.</source>
        <translation>Opgeslagen. Berichten die vanaf nu klaarstaan, verstuurt SMM Desk zelf.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="210"/>
        <source>The storage service said: %1</source>
        <translation>De opslagdienst meldde: %1</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="216"/>
        <source>The test stopped on an unexpected error (%1).</source>
        <translation>De test stopte door een onverwachte fout (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="225"/>
        <source>Fill in the endpoint address, the region, the bucket and both keys.</source>
        <translation>Vul het endpoint-adres, de regio, de bucket en beide sleutels in.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="228"/>
        <source>Check the endpoint address: it starts with https:// and has no path, e.g. https://s3.eu-central-1.amazonaws.com (the bucket goes in its own field).</source>
        <translation>Controleer het endpoint-adres: het begint met https:// en heeft geen pad, bijv. https://s3.eu-central-1.amazonaws.com (de bucket komt in een eigen veld).</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="233"/>
        <source>The storage service refused the keys. Check the access key ID and the secret key; copy them again from the service&apos;s console.</source>
        <translation>De opslagdienst weigerde de sleutels. Controleer de toegangssleutel-ID en de geheime sleutel; kopieer ze opnieuw uit de console van de dienst.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="239"/>
        <source>There is no bucket named %1 at this address. Check the bucket name, the endpoint address and the region.</source>
        <translation>Er is op dit adres geen bucket met de naam %1. Controleer de bucketnaam, het endpoint-adres en de regio.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="246"/>
        <source>The keys work, but may not put, read, list or delete files in this bucket. Give them those rights on this bucket in the service&apos;s console.</source>
        <translation>De sleutels werken, maar mogen in deze bucket geen bestanden plaatsen, lezen, opsommen of verwijderen. Geef ze die rechten voor deze bucket in de console van de dienst.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="251"/>
        <source>SMM Desk could not reach the storage service. Check the endpoint address and your internet connection.</source>
        <translation>SMM Desk kon de opslagdienst niet bereiken. Controleer het endpoint-adres en je internetverbinding.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="256"/>
        <source>The test file was stored, but its private link did not give it back. Check that the endpoint address is the bucket&apos;s own address.</source>
        <translation>Het testbestand is opgeslagen, maar de privélink gaf het niet terug. Controleer of het endpoint-adres het eigen adres van de bucket is.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="259"/>
        <source>The storage service refused the test. Nothing was saved.</source>
        <translation>De opslagdienst weigerde de test. Er is niets opgeslagen.</translation>
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
        <location filename="../../ui/calendar/actions_bar.py" line="65"/>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="68"/>
        <source>Redo</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="88"/>
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
        <location filename="../../ui/calendar/actions_bar.py" line="206"/>
        <source>Move the selected posts %n day(s) earlier, same time of day (%1)</source>
        <translation>
            <numerusform>De gekozen berichten %n dag eerder zetten, zelfde tijdstip (%1)</numerusform>
            <numerusform>De gekozen berichten %n dagen eerder zetten, zelfde tijdstip (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar/actions_bar.py" line="217"/>
        <source>Move the selected posts %n day(s) later, same time of day (%1)</source>
        <translation>
            <numerusform>De gekozen berichten %n dag later zetten, zelfde tijdstip (%1)</numerusform>
            <numerusform>De gekozen berichten %n dagen later zetten, zelfde tijdstip (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move the selected posts %n day(s) earlier, same time of day (Alt+←)</source>
        <translation type="vanished">
            <numerusform>De gekozen berichten %n dag eerder zetten, zelfde tijdstip (Alt+←)</numerusform>
            <numerusform>De gekozen berichten %n dagen eerder zetten, zelfde tijdstip (Alt+←)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move the selected posts %n day(s) later, same time of day (Alt+→)</source>
        <translation type="vanished">
            <numerusform>De gekozen berichten %n dag later zetten, zelfde tijdstip (Alt+→)</numerusform>
            <numerusform>De gekozen berichten %n dagen later zetten, zelfde tijdstip (Alt+→)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar/actions_bar.py" line="225"/>
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
        <location filename="../../ui/calendar/models.py" line="59"/>
        <source>Draft</source>
        <translation>Concept</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="60"/>
        <source>Scheduled</source>
        <translation>Ingepland</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="61"/>
        <source>Publishing</source>
        <translation>Wordt gepubliceerd</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="62"/>
        <source>Will retry</source>
        <translation>Nieuwe poging</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="63"/>
        <source>Published</source>
        <translation>Gepubliceerd</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="64"/>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="65"/>
        <source>Needs attention</source>
        <translation>Actie nodig</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="66"/>
        <source>Post it now</source>
        <translation>Nu plaatsen</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="67"/>
        <source>Skipped</source>
        <translation>Overgeslagen</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="229"/>
        <location filename="../../ui/calendar/week.py" line="179"/>
        <source>%n post(s)</source>
        <translation>%n bericht(en)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="235"/>
        <source>one of your posting days, nothing planned yet</source>
        <translation>een van je postdagen, nog niets gepland</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="252"/>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="253"/>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="254"/>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="255"/>
        <source>Rubric</source>
        <translation>Rubriek</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="256"/>
        <source>Post</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="257"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="327"/>
        <source>No rubric</source>
        <translation>Geen rubriek</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="379"/>
        <source>(no text yet)</source>
        <translation>(nog geen tekst)</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../ui/calendar/page.py" line="356"/>
        <source>The plan could not be loaded: %1</source>
        <translation>De planning kon niet worden geladen: %1</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/view_apply.py" line="44"/>
        <source>%1 posts in view · %2 days of your posting rhythm still empty · %3 ideas</source>
        <translation>%1 berichten in beeld · %2 dagen van je postritme nog leeg · %3 ideeën</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/view_apply.py" line="55"/>
        <source>%1 posts in view · %2 ideas</source>
        <translation>%1 berichten in beeld · %2 ideeën</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/view_apply.py" line="73"/>
        <source>%1 added: SMM Desk reminds you when its posts are due. Next: write your first post in Compose (Ctrl+N).</source>
        <translation>%1 toegevoegd: SMM Desk herinnert je eraan wanneer de berichten klaarstaan. Volgende stap: schrijf je eerste bericht in Schrijven (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/view_apply.py" line="82"/>
        <source>%1 is connected and works. Next: write your first post in Compose (Ctrl+N).</source>
        <translation>%1 is gekoppeld en werkt. Volgende stap: schrijf je eerste bericht in Schrijven (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/opening.py" line="28"/>
        <source>That day is over: double-click today or a later day.</source>
        <translation>Die dag is voorbij: dubbelklik op vandaag of een latere dag.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/opening.py" line="36"/>
        <source>Connect an account first (Accounts), then plan posts.</source>
        <translation>Koppel eerst een account (Accounts) en plan daarna berichten.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/changes.py" line="125"/>
        <source>Kept as a draft on %1, not scheduled: %2 Open it to fix this, then schedule it.</source>
        <translation>Als concept bewaard op %1, niet ingepland: %2 Open het om dit op te lossen en plan het daarna in.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/changes.py" line="195"/>
        <source>Imported %1 posts (%2 of them as ideas). Ctrl+Z takes the import back.</source>
        <translation>%1 berichten geïmporteerd (%2 daarvan als idee). Ctrl+Z maakt de import ongedaan.</translation>
    </message>
</context>
<context>
    <name>PlanUndo</name>
    <message>
        <location filename="../../ui/calendar/undo.py" line="20"/>
        <source>Move post</source>
        <translation>Bericht verplaatsen</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/undo.py" line="21"/>
        <source>Move posts</source>
        <translation>Berichten verplaatsen</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/undo.py" line="22"/>
        <source>Back to ideas</source>
        <translation>Terug naar ideeën</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/undo.py" line="23"/>
        <source>Schedule idea</source>
        <translation>Idee inplannen</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/undo.py" line="24"/>
        <source>Schedule ideas</source>
        <translation>Ideeën inplannen</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/undo.py" line="25"/>
        <source>Add to queue</source>
        <translation>Naar wachtrij</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/undo.py" line="26"/>
        <source>Duplicate post</source>
        <translation>Bericht dupliceren</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/undo.py" line="27"/>
        <source>Duplicate posts</source>
        <translation>Berichten dupliceren</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/undo.py" line="28"/>
        <source>Delete post</source>
        <translation>Bericht verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/undo.py" line="29"/>
        <source>Delete posts</source>
        <translation>Berichten verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/undo.py" line="30"/>
        <source>Import CSV</source>
        <translation>CSV importeren</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/undo.py" line="31"/>
        <source>Post now</source>
        <translation>Nu plaatsen</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/undo.py" line="42"/>
        <source>Move %n day(s) earlier</source>
        <translation>%n dag(en) eerder zetten</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/undo.py" line="44"/>
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
        <location filename="../../ui/composer/post_preview.py" line="161"/>
        <source>%1 gets it as %2 × %3 pixels.</source>
        <translation>%1 krijgt hem als %2 × %3 pixels.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/post_preview.py" line="171"/>
        <source>more</source>
        <translation>meer</translation>
    </message>
    <message>
        <location filename="../../ui/composer/post_preview.py" line="174"/>
        <source>The feed shows the start; the rest sits behind “more”.</source>
        <translation>De feed toont het begin; de rest zit achter “meer”.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/post_preview.py" line="176"/>
        <source>The red part does not fit on %1.</source>
        <translation>Het rode deel past niet op %1.</translation>
    </message>
</context>
<context>
    <name>PostMenu</name>
    <message>
        <location filename="../../ui/calendar/post_menu.py" line="83"/>
        <source>Edit</source>
        <translation>Bewerken</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar/post_menu.py" line="87"/>
        <source>Duplicate (%n day(s) later)</source>
        <translation>
            <numerusform>Dupliceren (%n dag later)</numerusform>
            <numerusform>Dupliceren (%n dagen later)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_menu.py" line="93"/>
        <source>Move to a date…</source>
        <translation>Naar een datum verplaatsen…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_menu.py" line="100"/>
        <source>Post now</source>
        <translation>Nu plaatsen</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_menu.py" line="108"/>
        <source>Back to ideas</source>
        <translation>Terug naar ideeën</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_menu.py" line="112"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_menu.py" line="136"/>
        <source>Moved to %1. Ctrl+Z moves it back.</source>
        <translation>Verplaatst naar %1. Ctrl+Z zet het terug.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_menu.py" line="152"/>
        <source>It goes out now. Ctrl+Z takes it back until then.</source>
        <translation>Het wordt nu geplaatst. Tot dat moment maakt Ctrl+Z het ongedaan.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_menu.py" line="155"/>
        <source>It is ready to post now: SMM Desk shows you the text and photos.</source>
        <translation>Het is klaar om nu te plaatsen: SMM Desk laat je de tekst en foto&apos;s zien.</translation>
    </message>
</context>
<context>
    <name>PostProblemDialog</name>
    <message>
        <source>Check this post on {platform}</source>
        <translation type="vanished">Controleer dit bericht op {platform}</translation>
    </message>
    <message>
        <source>A post to {platform} was not published</source>
        <translation type="vanished">Een bericht naar {platform} is niet gepubliceerd</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/problem_dialog.py" line="50"/>
        <source>Check this post on %1</source>
        <translation>Controleer dit bericht op %1</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/problem_dialog.py" line="52"/>
        <source>A post to %1 was not published</source>
        <translation>Een bericht naar %1 is niet gepubliceerd</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/problem_dialog.py" line="65"/>
        <source>No reason was given.</source>
        <translation>Er is geen reden opgegeven.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/problem_dialog.py" line="68"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/problem_dialog.py" line="87"/>
        <source>Link to the post, if it is there (optional)</source>
        <translation>Link naar het bericht, als het er staat (optioneel)</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/problem_dialog.py" line="91"/>
        <source>Don&apos;t post it</source>
        <translation>Niet plaatsen</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/problem_dialog.py" line="93"/>
        <source>It is there: mark as posted</source>
        <translation>Het staat er: markeren als geplaatst</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/problem_dialog.py" line="97"/>
        <source>It is not there: send it</source>
        <translation>Het staat er niet: versturen</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/problem_dialog.py" line="97"/>
        <source>Try again now</source>
        <translation>Nu opnieuw proberen</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/problem_dialog.py" line="100"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>PostingTimesDialog</name>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="380"/>
        <source>Posting times</source>
        <translation>Posttijden</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="384"/>
        <source>When each account posts, every week, in your local time. Click a half hour to add or remove a posting time. “Add to queue” uses the next free one.</source>
        <translation>Wanneer elk account plaatst, elke week, in je eigen tijd. Klik op een halfuur om een posttijd toe te voegen of te verwijderen. “Naar wachtrij” gebruikt de eerstvolgende vrije.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="391"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="400"/>
        <source>Use for all accounts</source>
        <translation>Voor alle accounts gebruiken</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="402"/>
        <source>Give every account the same posting times as this one</source>
        <translation>Geef elk account dezelfde posttijden als dit account</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="460"/>
        <source>Connect an account first: posting times belong to an account.</source>
        <translation>Koppel eerst een account: posttijden horen bij een account.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="463"/>
        <source>No posting times yet for this account.</source>
        <translation>Nog geen posttijden voor dit account.</translation>
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
            <numerusform>%n posttijd per week</numerusform>
            <numerusform>%n posttijden per week</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="479"/>
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
        <location filename="../../ui/calendar/import_dialog.py" line="53"/>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="54"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="55"/>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="56"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="57"/>
        <source>Rubric</source>
        <translation>Rubriek</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="58"/>
        <source>Problems</source>
        <translation>Problemen</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="69"/>
        <source>next free slot</source>
        <translation>volgende vrije tijdstip</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="70"/>
        <source>idea (no date)</source>
        <translation>idee (geen datum)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="80"/>
        <source>%1 (new)</source>
        <translation>%1 (nieuw)</translation>
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
        <location filename="../../ui/composer/post_preview.py" line="217"/>
        <source>Choose an account above to see how the post will look there.</source>
        <translation>Kies hierboven een account om te zien hoe het bericht er daar uitziet.</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../ui/problem_words.py" line="50"/>
        <source>The image %1 is an empty file.</source>
        <translation>De afbeelding %1 is een leeg bestand.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="51"/>
        <source>%1 is not a picture SMM Desk can read.</source>
        <translation>%1 is geen afbeelding die SMM Desk kan lezen.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="52"/>
        <source>The image %1 is damaged or cut short.</source>
        <translation>De afbeelding %1 is beschadigd of onvolledig.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="53"/>
        <source>The image %1 is too large to open.</source>
        <translation>De afbeelding %1 is te groot om te openen.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="54"/>
        <source>The image %1 is too big for the platform.</source>
        <translation>De afbeelding %1 is te groot voor het platform.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="57"/>
        <source>SMM Desk can&apos;t use the image %1.</source>
        <translation>SMM Desk kan de afbeelding %1 niet gebruiken.</translation>
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
        <translation>datum (scheduled_at)</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="84"/>
        <source>accounts</source>
        <translation>accounts</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="85"/>
        <source>text</source>
        <translation>tekst (text)</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="86"/>
        <source>media</source>
        <translation>media</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="87"/>
        <source>rubric</source>
        <translation>rubriek (rubric)</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="104"/>
        <source>%1 @%2</source>
        <translation>%1 @%2</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="114"/>
        <source>a draft</source>
        <translation>een concept</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="115"/>
        <source>scheduled</source>
        <translation>ingepland</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="116"/>
        <source>being sent</source>
        <translation>bezig met versturen</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="117"/>
        <source>published</source>
        <translation>gepubliceerd</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="118"/>
        <source>waiting to be retried</source>
        <translation>in afwachting van een nieuwe poging</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="119"/>
        <source>failed</source>
        <translation>mislukt</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="120"/>
        <source>waiting to be checked</source>
        <translation>in afwachting van controle</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="121"/>
        <source>waiting for you to post it</source>
        <translation>klaar om door jou geplaatst te worden</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="122"/>
        <source>skipped</source>
        <translation>overgeslagen</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="138"/>
        <source>The photos are already on %1 (%2); only the text is missing or unsure, and sending again sends only the text.</source>
        <translation>De foto&apos;s staan al op %1 (%2); alleen de tekst ontbreekt of is onzeker, en opnieuw versturen verstuurt alleen de tekst.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="147"/>
        <source>The photos are already on %1; only the text is missing or unsure, and sending again sends only the text.</source>
        <translation>De foto&apos;s staan al op %1; alleen de tekst ontbreekt of is onzeker, en opnieuw versturen verstuurt alleen de tekst.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="161"/>
        <source>%1 had a problem on its side %n time(s) in a row, so SMM Desk stopped trying. Click Retry when %1 works again.</source>
        <translation>
            <numerusform>%1 had %n keer achter elkaar een probleem aan zijn kant, dus SMM Desk is gestopt met proberen. Klik op Opnieuw zodra %1 weer werkt.</numerusform>
            <numerusform>%1 had %n keer achter elkaar een probleem aan zijn kant, dus SMM Desk is gestopt met proberen. Klik op Opnieuw zodra %1 weer werkt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="168"/>
        <source>SMM Desk could not reach %1 %n time(s) in a row, so it stopped trying. Check the internet connection, then click Retry.</source>
        <translation>
            <numerusform>SMM Desk kon %1 %n keer achter elkaar niet bereiken en is gestopt met proberen. Controleer de internetverbinding en klik dan op Opnieuw.</numerusform>
            <numerusform>SMM Desk kon %1 %n keer achter elkaar niet bereiken en is gestopt met proberen. Controleer de internetverbinding en klik dan op Opnieuw.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="175"/>
        <source>%1 asked SMM Desk to slow down %n time(s) in a row, so it stopped trying. Click Retry a little later.</source>
        <translation>
            <numerusform>%1 vroeg SMM Desk %n keer achter elkaar het rustiger aan te doen, dus SMM Desk is gestopt met proberen. Klik wat later op Opnieuw.</numerusform>
            <numerusform>%1 vroeg SMM Desk %n keer achter elkaar het rustiger aan te doen, dus SMM Desk is gestopt met proberen. Klik wat later op Opnieuw.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="190"/>
        <source>It kept failing after %n tries, so SMM Desk stopped. Click Retry when the platform works again.</source>
        <translation>
            <numerusform>Het bleef mislukken na %n poging, dus SMM Desk is gestopt. Klik op Opnieuw zodra het platform weer werkt.</numerusform>
            <numerusform>Het bleef mislukken na %n pogingen, dus SMM Desk is gestopt. Klik op Opnieuw zodra het platform weer werkt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="202"/>
        <source>Task Scheduler task “%1”, every %n minute(s)</source>
        <translation>
            <numerusform>Taakplanner-taak “%1”, elke %n minuut</numerusform>
            <numerusform>Taakplanner-taak “%1”, elke %n minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="204"/>
        <source>launchd agent %1, every %n minute(s)</source>
        <translation>
            <numerusform>launchd-agent %1, elke %n minuut</numerusform>
            <numerusform>launchd-agent %1, elke %n minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="206"/>
        <source>systemd user timer %1, every %n minute(s)</source>
        <translation>
            <numerusform>systemd-gebruikerstimer %1, elke %n minuut</numerusform>
            <numerusform>systemd-gebruikerstimer %1, elke %n minuten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="211"/>
        <source>A photo</source>
        <translation>Een foto</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="231"/>
        <source>%1 asks SMM Desk to slow down. The figures of %n post(s) were read and kept; the others are fetched at a later refresh.</source>
        <translation>
            <numerusform>%1 vraagt SMM Desk het rustiger aan te doen. De cijfers van %n bericht zijn gelezen en bewaard; de rest wordt bij een latere vernieuwing opgehaald.</numerusform>
            <numerusform>%1 vraagt SMM Desk het rustiger aan te doen. De cijfers van %n berichten zijn gelezen en bewaard; de rest wordt bij een latere vernieuwing opgehaald.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="239"/>
        <source>%1 asks SMM Desk to slow down. It will try again later by itself.</source>
        <translation>%1 vraagt SMM Desk het rustiger aan te doen. SMM Desk probeert het later zelf opnieuw.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="248"/>
        <source>The caption is too long for %1: %2 of %3 characters. Remove %n character(s).</source>
        <translation>
            <numerusform>Het bijschrift is te lang voor %1: %2 van %3 tekens. Verwijder %n teken.</numerusform>
            <numerusform>Het bijschrift is te lang voor %1: %2 van %3 tekens. Verwijder %n tekens.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="254"/>
        <source>The text is too long for %1: %2 of %3 characters. Remove %n character(s).</source>
        <translation>
            <numerusform>De tekst is te lang voor %1: %2 van %3 tekens. Verwijder %n teken.</numerusform>
            <numerusform>De tekst is te lang voor %1: %2 van %3 tekens. Verwijder %n tekens.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="262"/>
        <source>%1 takes at most %n image(s); this post has %2.</source>
        <translation>
            <numerusform>%1 accepteert maximaal %n afbeelding; dit bericht heeft er %2.</numerusform>
            <numerusform>%1 accepteert maximaal %n afbeeldingen; dit bericht heeft er %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="267"/>
        <source>Remove %n photo(s), or remove this account from the post.</source>
        <translation>
            <numerusform>Verwijder %n foto, of haal dit account uit het bericht.</numerusform>
            <numerusform>Verwijder %n foto&apos;s, of haal dit account uit het bericht.</numerusform>
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
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="288"/>
        <source>a post id</source>
        <translation>een bericht-id</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="292"/>
        <source>any column of figures</source>
        <translation>een kolom met cijfers</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="300"/>
        <source>A post in the state “%1” can&apos;t be moved; duplicate it instead (Ctrl-drag).</source>
        <translation>Een bericht met de status “%1” kan niet worden verplaatst; dupliceer het in plaats daarvan (Ctrl-slepen).</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="309"/>
        <source>The header has no column %1. Expected columns: %2.</source>
        <translation>De kopregel heeft geen kolom %1. Verwachte kolommen: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="313"/>
        <source>Write posting times like “Tue 12:30, Sat 10:00”.</source>
        <translation>Schrijf posttijden als “Tue 12:30, Sat 10:00” (dagen in het Engels).</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="318"/>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="319"/>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="333"/>
        <source>Add your account to SMM Desk first, then import its stats.</source>
        <translation>Voeg eerst je account toe aan SMM Desk en importeer daarna de statistieken.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="335"/>
        <source>Add your %1 account to SMM Desk first, then import its stats.</source>
        <translation>Voeg eerst je %1-account toe aan SMM Desk en importeer daarna de statistieken.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="346"/>
        <source>The text holds an invisible character %1 refuses (%2), often pasted in from another app. Delete it where the text turns red.</source>
        <extracomment>Every code (``domain.problems.CODES``) and its sentence in the owner&apos;s language.</extracomment>
        <translation>De tekst bevat een onzichtbaar teken dat %1 weigert (%2), vaak meegeplakt uit een andere app. Verwijder het waar de tekst rood wordt.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="355"/>
        <source>The text is too long for %1: it takes %2 of %3 bytes (emoji and non-Latin letters take more room). Shorten it.</source>
        <translation>De tekst is te lang voor %1: hij neemt %2 van %3 bytes in beslag (emoji en niet-Latijnse letters nemen meer ruimte in). Maak hem korter.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="363"/>
        <source>%1 allows %n hashtag(s); this has %2. Remove %3.</source>
        <translation>
            <numerusform>%1 staat %n hashtag toe; dit bericht heeft er %2. Verwijder er %3.</numerusform>
            <numerusform>%1 staat %n hashtags toe; dit bericht heeft er %2. Verwijder er %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="370"/>
        <source>%1 turns only the first hashtag into a topic; the other %n stay plain text.</source>
        <translation>
            <numerusform>%1 maakt alleen van de eerste hashtag een onderwerp; de andere %n blijft gewone tekst.</numerusform>
            <numerusform>%1 maakt alleen van de eerste hashtag een onderwerp; de andere %n blijven gewone tekst.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="377"/>
        <source>%1 allows %n @mention(s); this has %2. Remove %3.</source>
        <translation>
            <numerusform>%1 staat %n @vermelding toe; dit bericht heeft er %2. Verwijder er %3.</numerusform>
            <numerusform>%1 staat %n @vermeldingen toe; dit bericht heeft er %2. Verwijder er %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="383"/>
        <source>%1 allows %n link(s) per post; this has %2. Remove %3.</source>
        <translation>
            <numerusform>%1 staat %n link per bericht toe; dit bericht heeft er %2. Verwijder er %3.</numerusform>
            <numerusform>%1 staat %n links per bericht toe; dit bericht heeft er %2. Verwijder er %3.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="390"/>
        <source>%1 needs reconnecting: open Accounts and sign in again, or remove this account from the post.</source>
        <translation>%1 moet opnieuw gekoppeld worden: open Accounts en log opnieuw in, of haal dit account uit het bericht.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="396"/>
        <source>%1 is switched off: turn it on in Accounts or remove it from the post.</source>
        <translation>%1 staat uit: zet het aan in Accounts of haal het uit het bericht.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="400"/>
        <source>The post for %1 is empty: write some text.</source>
        <translation>Het bericht voor %1 is leeg: schrijf wat tekst.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="404"/>
        <source>%1 needs at least one image: add a photo.</source>
        <translation>%1 heeft minstens één afbeelding nodig: voeg een foto toe.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="408"/>
        <source>%n image(s) without a description (alt text): people who cannot see the photo will miss it.</source>
        <translation>
            <numerusform>%n afbeelding zonder beschrijving (alt-tekst): mensen die de foto niet kunnen zien, missen hem.</numerusform>
            <numerusform>%n afbeeldingen zonder beschrijving (alt-tekst): mensen die de foto&apos;s niet kunnen zien, missen ze.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="414"/>
        <source>The time for %1 is in the past: pick a later time or choose Post now.</source>
        <translation>Het tijdstip voor %1 ligt in het verleden: kies een later tijdstip of kies Nu plaatsen.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="419"/>
        <source>%1 is too small for %2: it takes pictures at least %3 pixels wide, this one is %4. Use a larger photo, or remove this account.</source>
        <translation>%1 is te klein voor %2: afbeeldingen moeten daar minstens %3 pixels breed zijn, deze is %4. Gebruik een grotere foto of haal dit account weg.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="429"/>
        <source>%1 does not play animated GIFs: %2 will be posted as a still picture (its first frame).</source>
        <translation>%1 speelt geen geanimeerde GIF&apos;s af: %2 wordt geplaatst als stilstaande afbeelding (het eerste beeld).</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="437"/>
        <source>%1 is larger than the %2 MB %3 takes for an animation: if it cannot be made small enough, it is posted as a still picture.</source>
        <translation>%1 is groter dan de %2 MB die %3 voor een animatie accepteert: als het niet klein genoeg kan worden gemaakt, wordt het als stilstaande afbeelding geplaatst.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="446"/>
        <source>%1 shows only %2% of %3 (its shape is cut to fit): check the preview, or move the photo&apos;s focus point on the Media screen.</source>
        <translation>%1 toont maar %2% van %3 (de vorm wordt bijgesneden): bekijk het voorbeeld, of verplaats het focuspunt van de foto op het scherm Media.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="455"/>
        <source>The %1 column holds a NUL character (a zero byte), which no post can contain. Delete it and try again.</source>
        <translation>De kolom %1 bevat een NUL-teken (een nulbyte), dat in geen enkel bericht mag staan. Verwijder het en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="461"/>
        <source>“%1” is not an account like instagram:@yourshop (platform, colon, handle).</source>
        <translation>“%1” is geen account zoals instagram:@jouwwinkel (platform, dubbele punt, handle).</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="466"/>
        <source>There is no account %1:%2 in SMM Desk. Add it under Accounts, or fix the spelling.</source>
        <translation>Er is geen account %1:%2 in SMM Desk. Voeg het toe onder Accounts, of verbeter de spelling.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="472"/>
        <source>No account is given: write at least one, like instagram:@yourshop, or leave the date empty to keep the post as an idea.</source>
        <translation>Er is geen account opgegeven: vul er minstens één in, zoals instagram:@jouwwinkel, of laat de datum leeg om het bericht als idee te bewaren.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="476"/>
        <source>“%1” is too far in the past or the future. Use a date between %2 and %3.</source>
        <translation>“%1” ligt te ver in het verleden of de toekomst. Gebruik een datum tussen %2 en %3.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="483"/>
        <source>“%1” is not a date and time. Write it like 2026-06-02 12:30 (or 2026-06-02T12:30+02:00 with a UTC offset).</source>
        <translation>“%1” is geen datum en tijd. Schrijf het als 2026-06-02 12:30 (of 2026-06-02T12:30+02:00 met een UTC-verschil).</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="490"/>
        <source>%1 is in the past. Change the date, or leave it empty to keep the post as an idea.</source>
        <translation>%1 ligt in het verleden. Wijzig de datum, of laat hem leeg om het bericht als idee te bewaren.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="494"/>
        <source>The image file %1 is missing.</source>
        <translation>Het afbeeldingsbestand %1 ontbreekt.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="495"/>
        <source>The post has no text and no image.</source>
        <translation>Het bericht heeft geen tekst en geen afbeelding.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="498"/>
        <source>%1:%2 has no posting times for the queue. Add some in the account&apos;s queue settings, or give the row a date.</source>
        <translation>%1:%2 heeft geen posttijden voor de wachtrij. Voeg ze toe in de wachtrij-instellingen van het account, of geef de rij een datum.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="505"/>
        <source>%1 images: %2 takes at most %n in one post.</source>
        <translation>
            <numerusform>%1 afbeeldingen: %2 accepteert maximaal %n per bericht.</numerusform>
            <numerusform>%1 afbeeldingen: %2 accepteert maximaal %n per bericht.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="510"/>
        <source>%1 needs at least one image in a post.</source>
        <translation>%1 heeft minstens één afbeelding per bericht nodig.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="515"/>
        <source>%1 asks SMM Desk to slow down. It will try again shortly.</source>
        <translation>%1 vraagt SMM Desk het rustiger aan te doen. Er volgt zo een nieuwe poging.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="519"/>
        <source>%1 had a problem on its side. SMM Desk will try again.</source>
        <translation>%1 had een probleem aan zijn kant. SMM Desk probeert het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="524"/>
        <source>%1 no longer accepts the saved login. Open Accounts and reconnect this account.</source>
        <translation>%1 accepteert de opgeslagen inlog niet meer. Open Accounts en koppel dit account opnieuw.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="529"/>
        <source>SMM Desk could not reach %1. It will try again.</source>
        <translation>SMM Desk kon %1 niet bereiken en probeert het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="533"/>
        <source>%1 refused the post. Change the post and schedule it again.</source>
        <translation>%1 heeft het bericht geweigerd. Pas het bericht aan en plan het opnieuw in.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="537"/>
        <source>This account does not exist any more.</source>
        <translation>Dit account bestaat niet meer.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="539"/>
        <source>SMM Desk cannot post to %1 by itself.</source>
        <translation>SMM Desk kan niet zelf op %1 plaatsen.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="542"/>
        <source>Unknown platform “%1”. Choose one of: %2.</source>
        <translation>Onbekend platform “%1”. Kies uit: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="544"/>
        <source>Enter the account&apos;s handle or name.</source>
        <translation>Vul de handle of naam van het account in.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="546"/>
        <source>Enter the Telegram channel (@name or its numeric id).</source>
        <translation>Vul het Telegram-kanaal in (@naam of de numerieke id).</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="549"/>
        <source>Enter your Mastodon server&apos;s address, e.g. https://mastodon.social</source>
        <translation>Vul het adres van je Mastodon-server in, bijv. https://mastodon.social</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="553"/>
        <source>“%1” is not a full server address. Enter it with https:// in front, e.g. https://mastodon.social</source>
        <translation>“%1” is geen volledig serveradres. Vul het in met https:// ervoor, bijv. https://mastodon.social</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="560"/>
        <source>SMM Desk does not send your login to %1 over an unencrypted connection (http://). Use the server&apos;s https:// address.</source>
        <translation>SMM Desk stuurt je inlog voor %1 niet over een onversleutelde verbinding (http://). Gebruik het https://-adres van de server.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="566"/>
        <source>%1 on %2 is already connected.</source>
        <translation>%1 op %2 is al gekoppeld.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="569"/>
        <source>%1 needs a password or token to connect; none was given.</source>
        <translation>%1 heeft een wachtwoord of token nodig om te koppelen; er is er geen opgegeven.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="574"/>
        <source>SMM Desk posts to %1 with your help (assisted publishing) and needs no password for it.</source>
        <translation>SMM Desk plaatst op %1 met jouw hulp (op herinnering) en heeft daar geen wachtwoord voor nodig.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="580"/>
        <source>The saved password or token is missing. Reconnect the account.</source>
        <translation>Het opgeslagen wachtwoord of token ontbreekt. Koppel het account opnieuw.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="585"/>
        <source>%1 did not accept the login. Check it and connect the account again.</source>
        <translation>%1 heeft de inlog niet geaccepteerd. Controleer hem en koppel het account opnieuw.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="589"/>
        <source>%1 refused the connection. Check the account&apos;s details and try again.</source>
        <translation>%1 weigerde de verbinding. Controleer de gegevens van het account en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="593"/>
        <source>SMM Desk could not reach %1. Check the internet connection and try again.</source>
        <translation>SMM Desk kon %1 niet bereiken. Controleer de internetverbinding en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="597"/>
        <source>%1 asks SMM Desk to slow down. Wait a few minutes and try again.</source>
        <translation>%1 vraagt SMM Desk het rustiger aan te doen. Wacht een paar minuten en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="601"/>
        <source>%1 had a problem on its side. Try again later.</source>
        <translation>%1 had een probleem aan zijn kant. Probeer het later opnieuw.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="605"/>
        <source>SMM Desk could not use the system&apos;s keyring, where it keeps your logins. Check that the keyring is unlocked, then try again.</source>
        <translation>SMM Desk kon de wachtwoordkluis van het systeem, waarin je inloggegevens staan, niet gebruiken. Controleer of de wachtwoordkluis ontgrendeld is en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="608"/>
        <source>Only VK accounts take a user token.</source>
        <translation>Alleen VK-accounts gebruiken een gebruikerstoken.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="609"/>
        <source>Paste the user token first.</source>
        <translation>Plak eerst het gebruikerstoken.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="611"/>
        <source>This user token cannot upload photos for the community: create it as an administrator of the community with the rights photos and wall.</source>
        <translation>Dit gebruikerstoken kan geen foto&apos;s uploaden voor de community: maak het aan als beheerder van de community, met de rechten photos en wall.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="614"/>
        <source>%1 was removed.</source>
        <translation>%1 is verwijderd.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="617"/>
        <source>%1 was disconnected and its login deleted. Its past posts stay in the plan; %n scheduled post(s) went back to drafts.</source>
        <translation>
            <numerusform>%1 is ontkoppeld en de inlog is gewist. Eerdere berichten blijven in de planning; %n ingepland bericht is weer een concept.</numerusform>
            <numerusform>%1 is ontkoppeld en de inlog is gewist. Eerdere berichten blijven in de planning; %n ingeplande berichten zijn weer concepten.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="624"/>
        <source>Removed: its saved login was deleted.</source>
        <translation>Verwijderd: de opgeslagen inlog is gewist.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="627"/>
        <source>The saved login of this account is missing. Reconnect it in Accounts.</source>
        <translation>De opgeslagen inlog van dit account ontbreekt. Koppel het opnieuw in Accounts.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="630"/>
        <source>VK lets only a person, not a community token, upload photos to a wall. Post this one on VK yourself, or add a user token to this account in Accounts so SMM Desk can send photos next time.</source>
        <translation>VK laat alleen een persoon foto&apos;s naar een muur uploaden, geen communitytoken. Plaats dit bericht zelf op VK, of voeg in Accounts een gebruikerstoken toe aan dit account, zodat SMM Desk de volgende keer foto&apos;s kan versturen.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="635"/>
        <source>An image of this post cannot be prepared. Replace it and try again.</source>
        <translation>Een afbeelding van dit bericht kan niet worden voorbereid. Vervang de afbeelding en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="638"/>
        <source>Sending stopped on an unexpected error (%1).</source>
        <translation>Het versturen stopte door een onverwachte fout (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="642"/>
        <source>Sending stopped on an unexpected error (%1). SMM Desk will try again; the details are in its log.</source>
        <translation>Het versturen stopte door een onverwachte fout (%1). SMM Desk probeert het opnieuw; de details staan in het logbestand.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="649"/>
        <source>Sending stopped on an unexpected error (%1). The post may have gone out: look at the platform; if it is there, mark it as published, if not, send it again.</source>
        <translation>Het versturen stopte door een onverwachte fout (%1). Het bericht is misschien toch verstuurd: kijk op het platform; staat het er, markeer het dan als geplaatst, zo niet, verstuur het dan opnieuw.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="657"/>
        <source>The answer of %1 to this post was lost or unreadable, so SMM Desk cannot know whether it went out. Look at %1: if the post is there, mark it as published; if not, send it again.</source>
        <translation>Het antwoord van %1 op dit bericht is verloren gegaan of onleesbaar, dus SMM Desk weet niet of het is verstuurd. Kijk op %1: staat het bericht er, markeer het dan als geplaatst; zo niet, verstuur het dan opnieuw.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="667"/>
        <source>SMM Desk stopped before sending this post; it will be sent now.</source>
        <translation>SMM Desk stopte voordat dit bericht werd verstuurd; het wordt nu verstuurd.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="671"/>
        <source>SMM Desk stopped while sending this post to %1. It will check and finish the job without posting twice.</source>
        <translation>SMM Desk stopte tijdens het versturen van dit bericht naar %1. Het controleert dit en maakt het af zonder dubbel te plaatsen.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="679"/>
        <source>SMM Desk stopped while sending this post to %1, so it cannot know whether it went out. Look at %1: if the post is there, mark it as published; if not, send it again.</source>
        <translation>SMM Desk stopte tijdens het versturen van dit bericht naar %1 en weet dus niet of het is verstuurd. Kijk op %1: staat het bericht er, markeer het dan als geplaatst; zo niet, verstuur het dan opnieuw.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="689"/>
        <source>Waiting: %1 on %2 is switched off. Turn it on in Accounts to send this post.</source>
        <translation>Wacht: %1 op %2 staat uit. Zet het aan in Accounts om dit bericht te versturen.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="694"/>
        <source>Waiting for %1 on %2 to be reconnected in Accounts; then this post goes out.</source>
        <translation>Wacht tot %1 op %2 opnieuw is gekoppeld in Accounts; daarna wordt dit bericht verstuurd.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="699"/>
        <source>This post is %1 now; nothing was changed.</source>
        <translation>Dit bericht is nu %1; er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="702"/>
        <source>This post is %1 now; there is nothing to retry.</source>
        <translation>Dit bericht is nu %1; er valt niets opnieuw te proberen.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="705"/>
        <source>%1 on %2 needs reconnecting first: open Accounts, reconnect it, then retry.</source>
        <translation>%1 op %2 moet eerst opnieuw gekoppeld worden: open Accounts, koppel het opnieuw en probeer het dan nog eens.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="710"/>
        <source>%1 on %2 is switched off: turn it on in Accounts, then retry.</source>
        <translation>%1 op %2 staat uit: zet het aan in Accounts en probeer het dan nog eens.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="717"/>
        <source>Could not run %1 (%2). Set it up by hand as described in the help (docs/publishing.md).</source>
        <translation>Kon %1 niet uitvoeren (%2). Stel het met de hand in zoals beschreven in de help (docs/publishing.md).</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="725"/>
        <source>%1 refused (exit code %2). Set it up by hand as described in the help (docs/publishing.md).</source>
        <translation>%1 weigerde (afsluitcode %2). Stel het met de hand in zoals beschreven in de help (docs/publishing.md).</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="731"/>
        <source>Demo account: nothing is sent from the demo workspace.</source>
        <translation>Demo-account: vanuit de demowerkruimte wordt niets verstuurd.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="733"/>
        <source>%1 is over 50 MB: is it really a stats export?</source>
        <translation>%1 is groter dan 50 MB: is het echt een statistiekexport?</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="735"/>
        <source>File not found: %1</source>
        <translation>Bestand niet gevonden: %1</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="736"/>
        <source>%1 is a folder, not a CSV file.</source>
        <translation>%1 is een map, geen CSV-bestand.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="738"/>
        <source>%1 is not a CSV text file (an Excel .xlsx? Save it as CSV first).</source>
        <translation>%1 is geen CSV-tekstbestand (een Excel-bestand .xlsx? Sla het eerst op als CSV).</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="741"/>
        <source>%1 is empty.</source>
        <translation>%1 is leeg.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="743"/>
        <source>There is no account with id %1.</source>
        <translation>Er is geen account met id %1.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="747"/>
        <source>Several accounts could be meant; choose one of: %1.</source>
        <translation>Er kunnen meerdere accounts bedoeld zijn; kies uit: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="750"/>
        <source>%1 does not look like a “%2” file: it has no column %3. Its columns are: %4.</source>
        <translation>%1 lijkt geen “%2”-bestand: er is geen kolom %3. De kolommen zijn: %4.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="756"/>
        <source>The import was stopped; nothing was stored.</source>
        <translation>De import is gestopt; er is niets opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="757"/>
        <source>No post id or link.</source>
        <translation>Geen bericht-id of link.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="759"/>
        <source>%1: “%2” is not a date.</source>
        <translation>%1: “%2” is geen datum.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="762"/>
        <source>%1: “%2” is not a number.</source>
        <translation>%1: “%2” is geen getal.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="765"/>
        <source>No publish time, for a post SMM Desk does not know yet.</source>
        <translation>Geen publicatietijd, voor een bericht dat SMM Desk nog niet kent.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="767"/>
        <source>No date.</source>
        <translation>Geen datum.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="769"/>
        <source>%1: a figure cannot be negative (%2).</source>
        <translation>%1: een cijfer kan niet negatief zijn (%2).</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="773"/>
        <source>No figures in this row.</source>
        <translation>Geen cijfers in deze rij.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="775"/>
        <source>%1: enter a number.</source>
        <translation>%1: vul een getal in.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="778"/>
        <source>%1: enter zero or a positive number.</source>
        <translation>%1: vul nul of een positief getal in.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="780"/>
        <source>Unknown figures: %1.</source>
        <translation>Onbekende cijfers: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="781"/>
        <source>That post no longer exists.</source>
        <translation>Dat bericht bestaat niet meer.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="782"/>
        <source>That account no longer exists.</source>
        <translation>Dat account bestaat niet meer.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="784"/>
        <source>Currency: use the three-letter code, e.g. EUR or USD.</source>
        <translation>Valuta: gebruik de code van drie letters, bijv. EUR of USD.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="786"/>
        <source>Platform: choose where the ad ran.</source>
        <translation>Platform: kies waar de advertentie liep.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="788"/>
        <source>This post was deleted meanwhile; nothing was changed.</source>
        <translation>Dit bericht is intussen verwijderd; er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="791"/>
        <source>This post was deleted meanwhile; nothing was copied.</source>
        <translation>Dit bericht is intussen verwijderd; er is niets gekopieerd.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="794"/>
        <source>A published post stays in the plan as a record; it can&apos;t be deleted.</source>
        <translation>Een gepubliceerd bericht blijft ter vastlegging in de planning; het kan niet worden verwijderd.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="798"/>
        <source>This post is a draft: open it, check it and schedule it first.</source>
        <translation>Dit bericht is een concept: open het, controleer het en plan het eerst in.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="801"/>
        <source>Only a post with a date can be copied onto a time.</source>
        <translation>Alleen een bericht met een datum kan naar een tijdstip worden gekopieerd.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="804"/>
        <source>Pick at least one account for this post before scheduling it.</source>
        <translation>Kies minstens één account voor dit bericht voordat je het inplant.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="808"/>
        <source>%1 has no posting times yet. Add some (e.g. Tue 12:30) in the account&apos;s queue settings.</source>
        <translation>%1 heeft nog geen posttijden. Voeg er een paar toe (bijv. Tue 12:30) in de wachtrij-instellingen van het account.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="814"/>
        <source>Every posting time of %1 is taken for the next year. Add more posting times.</source>
        <translation>Alle posttijden van %1 zijn voor het komende jaar bezet. Voeg meer posttijden toe.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="817"/>
        <source>Give the rubric a name, e.g. “Useful tips”.</source>
        <translation>Geef de rubriek een naam, bijv. “Handige tips”.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="819"/>
        <source>A rubric name can have at most %n character(s).</source>
        <translation>
            <numerusform>Een rubrieknaam mag hoogstens %n teken hebben.</numerusform>
            <numerusform>Een rubrieknaam mag hoogstens %n tekens hebben.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="822"/>
        <source>“%1” is not a colour like #3a7bd5.</source>
        <translation>“%1” is geen kleur zoals #3a7bd5.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="825"/>
        <source>A target share is between %1 and %2.</source>
        <translation>Een streefaandeel ligt tussen %1 en %2.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="830"/>
        <source>There is already a rubric called “%1”.</source>
        <translation>Er is al een rubriek met de naam “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="833"/>
        <source>The target shares would add up to more than 100%; at most %1 is left.</source>
        <translation>De streefaandelen zouden samen meer dan 100% worden; er is nog hoogstens %1 over.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="836"/>
        <source>This rubric was deleted meanwhile.</source>
        <translation>Deze rubriek is intussen verwijderd.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="837"/>
        <source>This account was removed meanwhile.</source>
        <translation>Dit account is intussen verwijderd.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="839"/>
        <source>“%1” is not a posting time like “Tue 12:30”. %2</source>
        <translation>“%1” is geen posttijd zoals “Tue 12:30”. %2</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="844"/>
        <source>“%1” is not a weekday. %2</source>
        <translation>“%1” is geen dag van de week. %2</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="847"/>
        <source>“%1” is not a time of day. %2</source>
        <translation>“%1” is geen tijdstip. %2</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="850"/>
        <source>This import can&apos;t be redone; import the file again.</source>
        <translation>Deze import kan niet opnieuw worden uitgevoerd; importeer het bestand opnieuw.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="852"/>
        <source>The file %1 does not exist.</source>
        <translation>Het bestand %1 bestaat niet.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="854"/>
        <source>The file is empty: it needs a header row with %1.</source>
        <translation>Het bestand is leeg: het heeft een kopregel met %1 nodig.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="859"/>
        <source>The column “%1” appears twice. Keep one and delete the other, then try again.</source>
        <translation>De kolom “%1” komt twee keer voor. Houd er één en verwijder de andere, en probeer het dan opnieuw.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="864"/>
        <source>The file has more than %n post(s); SMM Desk imports at most %n at a time. Split it into smaller files.</source>
        <translation>
            <numerusform>Het bestand heeft meer dan %n bericht; SMM Desk importeert er hoogstens %n tegelijk. Splits het in kleinere bestanden.</numerusform>
            <numerusform>Het bestand heeft meer dan %n berichten; SMM Desk importeert er hoogstens %n tegelijk. Splits het in kleinere bestanden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="870"/>
        <source>A cell has more than %n character(s), far longer than any post. Check that this is the right file, or shorten the cell.</source>
        <translation>
            <numerusform>Een cel heeft meer dan %n teken, veel langer dan welk bericht ook. Controleer of dit het juiste bestand is, of maak de cel korter.</numerusform>
            <numerusform>Een cel heeft meer dan %n tekens, veel langer dan welk bericht ook. Controleer of dit het juiste bestand is, of maak de cel korter.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="876"/>
        <source>The file is not UTF-8 text. In your spreadsheet app choose “CSV UTF-8” when saving.</source>
        <translation>Het bestand is geen UTF-8-tekst. Kies bij het opslaan in je spreadsheetprogramma “CSV UTF-8”.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="880"/>
        <source>The file is not a valid CSV file. Save it again from your spreadsheet app as CSV.</source>
        <translation>Het bestand is geen geldig CSV-bestand. Sla het vanuit je spreadsheetprogramma opnieuw op als CSV.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="883"/>
        <source>The image %1 can&apos;t be read.</source>
        <translation>De afbeelding %1 kan niet worden gelezen.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="887"/>
        <source>%1 asked SMM Desk to slow down; the figures are fetched again after %2.</source>
        <translation>%1 vroeg SMM Desk het rustiger aan te doen; de cijfers worden na %2 opnieuw opgehaald.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="893"/>
        <source>SMM Desk could not reach %1; the figures are fetched at the next refresh.</source>
        <translation>SMM Desk kon %1 niet bereiken; de cijfers worden bij de volgende vernieuwing opgehaald.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="898"/>
        <source>%1 no longer accepts the saved login. Open Accounts and reconnect the account.</source>
        <translation>%1 accepteert de opgeslagen inlog niet meer. Open Accounts en koppel het account opnieuw.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="904"/>
        <location filename="../../ui/problem_words.py" line="911"/>
        <source>%1 did not give the figures. SMM Desk tries again at the next refresh; if this stays, import the platform&apos;s stats file instead.</source>
        <translation>%1 gaf de cijfers niet door. SMM Desk probeert het bij de volgende vernieuwing opnieuw; blijft dit zo, importeer dan het statistiekbestand van het platform.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="918"/>
        <source>The figures from %1 could not be read. SMM Desk tries again at the next refresh.</source>
        <translation>De cijfers van %1 konden niet worden gelezen. SMM Desk probeert het bij de volgende vernieuwing opnieuw.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="923"/>
        <source>This account has no saved login. Open Accounts and reconnect it.</source>
        <translation>Dit account heeft geen opgeslagen inlog. Open Accounts en koppel het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="926"/>
        <source>The saved password or token is missing. Open Accounts and reconnect the account.</source>
        <translation>Het opgeslagen wachtwoord of token ontbreekt. Open Accounts en koppel het account opnieuw.</translation>
    </message>
</context>
<context>
    <name>PublishScheduleBox</name>
    <message>
        <location filename="../../ui/publishing/schedule_box.py" line="18"/>
        <source>Publish while SMM Desk is closed</source>
        <translation>Publiceren terwijl SMM Desk gesloten is</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/schedule_box.py" line="23"/>
        <source>Let this computer send your scheduled posts every 5 minutes, even when the SMM Desk window is closed (the computer must be on and you logged in).</source>
        <translation>Laat deze computer je ingeplande berichten elke 5 minuten versturen, ook als het venster van SMM Desk gesloten is (de computer moet aan staan en jij ingelogd zijn).</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/schedule_box.py" line="30"/>
        <source>Turn on</source>
        <translation>Aanzetten</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/schedule_box.py" line="32"/>
        <source>Turn off</source>
        <translation>Uitzetten</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/schedule_box.py" line="52"/>
        <source>On: %1.</source>
        <translation>Aan: %1.</translation>
    </message>
    <message>
        <source>On: {what}.</source>
        <translation type="vanished">Aan: {what}.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/schedule_box.py" line="54"/>
        <source>Off. Posts go out only while SMM Desk is open.</source>
        <translation>Uit. Berichten gaan alleen de deur uit als SMM Desk open is.</translation>
    </message>
</context>
<context>
    <name>PublishingActions</name>
    <message>
        <location filename="../../ui/publishing/target_actions.py" line="77"/>
        <source>%1 @%2: not published</source>
        <translation>%1 @%2: niet gepubliceerd</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/target_actions.py" line="79"/>
        <source>%1 @%2: check whether it went out</source>
        <translation>%1 @%2: controleer of het is verstuurd</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/target_actions.py" line="84"/>
        <source>See why</source>
        <translation>Waarom?</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/target_actions.py" line="89"/>
        <source>Retry</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/target_actions.py" line="136"/>
        <source>It will be sent in a moment.</source>
        <translation>Het wordt zo verstuurd.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/target_actions.py" line="157"/>
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
        <location filename="../../ui/publishing/ready_dialog.py" line="63"/>
        <source>Copy text again</source>
        <translation>Tekst opnieuw kopiëren</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/ready_dialog.py" line="65"/>
        <source>Open photos folder</source>
        <translation>Fotomap openen</translation>
    </message>
    <message>
        <source>Open {platform}</source>
        <translation type="vanished">{platform} openen</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/ready_dialog.py" line="41"/>
        <source>Ready to post on %1</source>
        <translation>Klaar om te plaatsen op %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/publishing/ready_dialog.py" line="48"/>
        <source>It is time for this post. The text is copied: paste it on %1. The photos (%n) are in a folder, numbered in order. When it is up, mark it as posted.</source>
        <translation>
            <numerusform>Het is tijd voor dit bericht. De tekst is gekopieerd: plak hem op %1. De foto (%n) staat in een map. Staat het online, markeer het dan als geplaatst.</numerusform>
            <numerusform>Het is tijd voor dit bericht. De tekst is gekopieerd: plak hem op %1. De foto&apos;s (%n) staan op volgorde genummerd in een map. Staat het online, markeer het dan als geplaatst.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/publishing/ready_dialog.py" line="72"/>
        <source>Open %1</source>
        <translation>%1 openen</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/ready_dialog.py" line="82"/>
        <source>Link to the post (optional)</source>
        <translation>Link naar het bericht (optioneel)</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/ready_dialog.py" line="86"/>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/ready_dialog.py" line="88"/>
        <source>Mark as posted</source>
        <translation>Markeren als geplaatst</translation>
    </message>
</context>
<context>
    <name>ReconnectSoonButton</name>
    <message>
        <location filename="../../ui/accounts/expiry.py" line="58"/>
        <source>Reconnect %1 (%2): its login expired</source>
        <translation>%1 (%2) opnieuw koppelen: de inlog is verlopen</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/expiry.py" line="60"/>
        <source>Reconnect %1 (%2) by %3</source>
        <translation>%1 (%2) vóór %3 opnieuw koppelen</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/expiry.py" line="61"/>
        <source>SMM Desk could not renew this login by itself. Click to reconnect it.</source>
        <translation>SMM Desk kon deze inlog niet zelf vernieuwen. Klik om het account opnieuw te koppelen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/accounts/expiry.py" line="63"/>
        <source>%n more account(s) need the same.</source>
        <translation>
            <numerusform>Nog %n account heeft dit ook nodig.</numerusform>
            <numerusform>Nog %n accounts hebben dit ook nodig.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RubricCombo</name>
    <message>
        <location filename="../../ui/composer/widgets.py" line="276"/>
        <source>No rubric</source>
        <translation>Geen rubriek</translation>
    </message>
</context>
<context>
    <name>RubricsDialog</name>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="75"/>
        <source>Rubrics</source>
        <translation>Rubrieken</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="79"/>
        <source>Rubrics are the kinds of post you make (product, tips, behind the scenes…). The target share is how much of your plan each should take.</source>
        <translation>Rubrieken zijn de soorten berichten die je maakt (product, tips, achter de schermen…). Het streefaandeel is hoeveel van je planning elke rubriek moet innemen.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="95"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="96"/>
        <source>Colour</source>
        <translation>Kleur</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="97"/>
        <source>Target share</source>
        <translation>Streefaandeel</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="104"/>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="105"/>
        <source>Save changes</source>
        <translation>Wijzigingen opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="106"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="151"/>
        <source>Rubric colour</source>
        <translation>Rubriekkleur</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="167"/>
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
        <location filename="../../ui/settings_page.py" line="122"/>
        <source>Printed at the top of your reports, with the logo you chose for your photos (Media).</source>
        <translation>Bovenaan je rapporten afgedrukt, met het logo dat je voor je foto&apos;s hebt gekozen (Media).</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="130"/>
        <source>Language and time</source>
        <translation>Taal en tijd</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="140"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="144"/>
        <source>Restart now</source>
        <translation>Nu herstarten</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="160"/>
        <source>Gregorian</source>
        <translation>Gregoriaans</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="161"/>
        <source>Persian (Jalali)</source>
        <translation>Perzisch (Jalali)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="162"/>
        <source>Islamic</source>
        <translation>Islamitisch</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="168"/>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="176"/>
        <source>Type a city or a country</source>
        <translation>Typ een stad of een land</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="178"/>
        <source>Time zone</source>
        <translation>Tijdzone</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="180"/>
        <location filename="../../ui/settings_page.py" line="287"/>
        <source>Posting times are shown and scheduled in this time zone.</source>
        <translation>Posttijden worden in deze tijdzone getoond en ingepland.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="186"/>
        <source>Your data</source>
        <translation>Je gegevens</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="189"/>
        <source>Data folder</source>
        <translation>Gegevensmap</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="190"/>
        <source>Backups</source>
        <translation>Back-ups</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="191"/>
        <source>Log files</source>
        <translation>Logbestanden</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="197"/>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="202"/>
        <source>Photo hosting</source>
        <translation>Fotohosting</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="207"/>
        <source>Set up…</source>
        <translation>Instellen…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="218"/>
        <source>About SMM Desk…</source>
        <translation>Over SMM Desk…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="273"/>
        <location filename="../../ui/settings_page.py" line="284"/>
        <source>Unknown time zone: pick one from the list.</source>
        <translation>Onbekende tijdzone: kies er een uit de lijst.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="311"/>
        <source>SMM Desk restarts in %1 — your work is saved.</source>
        <translation>SMM Desk herstart met de taal %1 — je werk is opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="317"/>
        <source>The new language is used from the next start.</source>
        <translation>De nieuwe taal wordt gebruikt vanaf de volgende start.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="333"/>
        <source>Not set up: Instagram posts, and Threads posts with photos, are assisted.</source>
        <translation>Niet ingesteld: Instagram-berichten en Threads-berichten met foto&apos;s gaan op herinnering.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="335"/>
        <source>Instagram and Threads photos go through bucket %1.</source>
        <translation>Foto&apos;s voor Instagram en Threads gaan via bucket %1.</translation>
    </message>
</context>
<context>
    <name>ShapeCombo</name>
    <message>
        <location filename="../../ui/composer/widgets.py" line="311"/>
        <source>Square 1:1</source>
        <translation>Vierkant 1:1</translation>
    </message>
    <message>
        <location filename="../../ui/composer/widgets.py" line="312"/>
        <source>Portrait 4:5</source>
        <translation>Staand 4:5</translation>
    </message>
    <message>
        <location filename="../../ui/composer/widgets.py" line="313"/>
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
        <location filename="../../ui/report/labels.py" line="18"/>
        <location filename="../../ui/report/monthly.py" line="221"/>
        <source>Followers</source>
        <translation>Volgers</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="19"/>
        <source>New followers</source>
        <translation>Nieuwe volgers</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="20"/>
        <source>Growth</source>
        <translation>Groei</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="21"/>
        <source>Posts published</source>
        <translation>Gepubliceerd</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="51"/>
        <location filename="../../ui/dashboard/posts_model.py" line="26"/>
        <location filename="../../ui/report/labels.py" line="22"/>
        <source>Reach</source>
        <translation>Bereik</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="52"/>
        <source>Likes</source>
        <translation>Vind-ik-leuks</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="53"/>
        <source>Comments</source>
        <translation>Reacties</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="54"/>
        <source>Shares</source>
        <translation>Keer gedeeld</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="55"/>
        <source>Saves</source>
        <translation>Opgeslagen</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="56"/>
        <source>Link clicks</source>
        <translation>Linkklikken</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="70"/>
        <source>Enter a post&apos;s figures</source>
        <translation>Cijfers van een bericht invoeren</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="74"/>
        <source>Copy the figures from the platform&apos;s app. Leave a figure at “—” if the platform does not show it. Earlier figures are kept.</source>
        <translation>Neem de cijfers over uit de app van het platform. Laat een cijfer op “—” staan als het platform het niet toont. Eerdere cijfers blijven bewaard.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="89"/>
        <location filename="../../ui/dashboard/posts_model.py" line="23"/>
        <source>Post</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="143"/>
        <source>Add ad spend</source>
        <translation>Advertentiekosten toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="147"/>
        <source>Enter what a boosted post or an ad cost, as the ad manager shows it. Impressions, clicks and leads are optional; with them the Dashboard shows CPM, CPC and CPL.</source>
        <translation>Vul in wat een gepromoot bericht of een advertentie kostte, zoals Advertentiebeheer het toont. Weergaven, klikken en leads zijn optioneel; daarmee toont het Dashboard CPM, CPC en CPL.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="159"/>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="161"/>
        <source>No particular account</source>
        <translation>Geen specifiek account</translation>
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
        <translation>bijv. Weekendpromotie</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/ad_spend_list.py" line="50"/>
        <source>Money spent on ads, one line per day and campaign. It is used for cost per click, per thousand views, per lead and per new follower.</source>
        <translation>Geld uitgegeven aan advertenties, één regel per dag en campagne. Het wordt gebruikt voor kosten per klik, per duizend weergaven, per lead en per nieuwe volger.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/ad_spend_list.py" line="61"/>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="172"/>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/ad_spend_list.py" line="62"/>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="176"/>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/ad_spend_list.py" line="59"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/ad_spend_list.py" line="74"/>
        <source>No ad spend entered yet.</source>
        <translation>Nog geen advertentiekosten ingevoerd.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/ad_spend_list.py" line="77"/>
        <source>Add…</source>
        <translation>Toevoegen…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/ad_spend_list.py" line="78"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/ad_spend_list.py" line="139"/>
        <source>Delete ad spend</source>
        <translation>Advertentiekosten verwijderen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/ad_spend_list.py" line="141"/>
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
        <location filename="../../ui/dashboard/entry_dialogs.py" line="180"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="182"/>
        <source>Ad impressions</source>
        <translation>Advertentieweergaven</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="183"/>
        <source>Ad clicks</source>
        <translation>Advertentieklikken</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="184"/>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/posts_model.py" line="21"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/posts_model.py" line="24"/>
        <source>Engagement</source>
        <translation>Betrokkenheid</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/posts_model.py" line="25"/>
        <location filename="../../ui/report/labels.py" line="23"/>
        <source>Interactions</source>
        <translation>Interacties</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/posts_model.py" line="90"/>
        <source>Double-click to open it</source>
        <translation>Dubbelklik om het te openen</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="24"/>
        <source>Engagement rate (by reach)</source>
        <translation>Engagementratio (bereik)</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="25"/>
        <source>Engagement rate (by followers)</source>
        <translation>Engagementratio (volgers)</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="26"/>
        <source>Reach rate</source>
        <translation>Bereikratio</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="27"/>
        <source>Click-through rate</source>
        <translation>Doorklikratio</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/ad_spend_list.py" line="45"/>
        <location filename="../../ui/report/labels.py" line="28"/>
        <source>Ad spend</source>
        <translation>Advertentiekosten</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="29"/>
        <source>Cost per 1,000 impressions (CPM)</source>
        <translation>Kosten per 1.000 weergaven (CPM)</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="30"/>
        <source>Cost per click (CPC)</source>
        <translation>Kosten per klik (CPC)</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="31"/>
        <source>Cost per lead (CPL)</source>
        <translation>Kosten per lead (CPL)</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="32"/>
        <source>Cost per new follower</source>
        <translation>Kosten per nieuwe volger</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="36"/>
        <source>Followers at the end of the period, all chosen accounts together.</source>
        <translation>Volgers aan het eind van de periode, alle gekozen accounts samen.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="39"/>
        <source>Followers at the end minus followers at the start of the period.</source>
        <translation>Volgers aan het eind min volgers aan het begin van de periode.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="42"/>
        <source>Growth: (followers at the end − followers at the start) / followers at the start.</source>
        <translation>Groei: (volgers aan het eind − volgers aan het begin) / volgers aan het begin.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="45"/>
        <source>Posts published in the period, per account.</source>
        <translation>Berichten gepubliceerd in de periode, per account.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="46"/>
        <source>Reach: the people who saw the period&apos;s posts, added up over the posts.</source>
        <translation>Bereik: de mensen die de berichten van de periode zagen, opgeteld over de berichten.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="49"/>
        <source>Interactions: likes + comments + shares + saves, counting those the platform reports.</source>
        <translation>Interacties: vind-ik-leuks + reacties + keer gedeeld + opgeslagen, voor zover het platform ze meldt.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="53"/>
        <source>Engagement rate by reach: interactions / reach, over posts that have a reach.</source>
        <translation>Engagementratio op bereik: interacties / bereik, over berichten met een bereik.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="56"/>
        <source>Engagement rate by followers: interactions per post / followers.</source>
        <translation>Engagementratio op volgers: interacties per bericht / volgers.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="59"/>
        <source>Reach rate: reach per post / followers.</source>
        <translation>Bereikratio: bereik per bericht / volgers.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="60"/>
        <source>Click-through rate: clicks / impressions (or reach, without impressions).</source>
        <translation>Doorklikratio: klikken / weergaven (of bereik, zonder weergaven).</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="63"/>
        <source>Money spent on ads in the period, as entered.</source>
        <translation>Geld uitgegeven aan advertenties in de periode, zoals ingevoerd.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="64"/>
        <source>CPM: ad spend per 1,000 ad impressions.</source>
        <translation>CPM: advertentiekosten per 1.000 advertentieweergaven.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="65"/>
        <source>CPC: ad spend / ad clicks.</source>
        <translation>CPC: advertentiekosten / advertentieklikken.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="66"/>
        <source>CPL: ad spend / leads.</source>
        <translation>CPL: advertentiekosten / leads.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="67"/>
        <source>Cost per new follower: ad spend / new followers in the period.</source>
        <translation>Kosten per nieuwe volger: advertentiekosten / nieuwe volgers in de periode.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="73"/>
        <source>likes</source>
        <translation>vind-ik-leuks</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="74"/>
        <source>comments</source>
        <translation>reacties</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="75"/>
        <source>shares</source>
        <translation>keer gedeeld</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="76"/>
        <source>saves</source>
        <translation>opgeslagen</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="77"/>
        <source>impressions</source>
        <translation>weergaven</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="78"/>
        <source>reach</source>
        <translation>bereik</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="79"/>
        <source>clicks</source>
        <translation>klikken</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="80"/>
        <source>followers</source>
        <translation>volgers</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="81"/>
        <source>reach of the day</source>
        <translation>bereik van de dag</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="82"/>
        <source>views of the day</source>
        <translation>weergaven van de dag</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="83"/>
        <source>new followers</source>
        <translation>nieuwe volgers</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="84"/>
        <source>lost followers</source>
        <translation>verloren volgers</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="94"/>
        <source>Mon</source>
        <translation>ma</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="95"/>
        <source>Tue</source>
        <translation>di</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="96"/>
        <source>Wed</source>
        <translation>wo</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="97"/>
        <source>Thu</source>
        <translation>do</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="98"/>
        <source>Fri</source>
        <translation>vr</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="99"/>
        <source>Sat</source>
        <translation>za</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="100"/>
        <source>Sun</source>
        <translation>zo</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="127"/>
        <source>not enough data</source>
        <translation>te weinig gegevens</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="134"/>
        <source>Counted here: %1.</source>
        <translation>Hier meegeteld: %1.</translation>
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
        <translation>Maandrapport: %1</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="216"/>
        <source>Weekly report: %1</source>
        <translation>Weekrapport: %1</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="218"/>
        <source>Report for %1</source>
        <translation>Rapport voor %1</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="220"/>
        <source>Report on %1: %2</source>
        <translation>Rapport over %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="238"/>
        <source>Reach %1 on the period before.</source>
        <translation>Bereik %1 ten opzichte van de vorige periode.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="241"/>
        <source>Reach: %1 (nothing to compare with yet).</source>
        <translation>Bereik: %1 (nog niets om mee te vergelijken).</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="248"/>
        <source>%1 engaged best (%2 engagement rate).</source>
        <translation>%1 had de meeste betrokkenheid (%2 engagementratio).</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="258"/>
        <source>Posts in “%1” did best (%2 engagement rate).</source>
        <translation>Berichten in “%1” deden het best (%2 engagementratio).</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="267"/>
        <source>Post more on %1 around %2: your posts at that time did best.</source>
        <translation>Plaats meer op %1 rond %2: je berichten op dat tijdstip deden het best.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="276"/>
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
        <location filename="../../ui/dashboard/cards.py" line="111"/>
        <source>Reach and engagement of each platform&apos;s posts in the period.</source>
        <translation>Bereik en betrokkenheid van de berichten per platform in de periode.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="122"/>
        <source>Followers over time</source>
        <translation>Volgers in de tijd</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="129"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="133"/>
        <source>Followers are counted once a day while SMM Desk runs, or imported from a daily stats file.</source>
        <translation>Volgers worden eens per dag geteld zolang SMM Desk draait, of geïmporteerd uit een dagelijks statistiekbestand.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="141"/>
        <location filename="../../ui/report/monthly.py" line="227"/>
        <source>Engagement rate per post</source>
        <translation>Engagementratio per bericht</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/charts.py" line="147"/>
        <location filename="../../ui/dashboard/charts.py" line="165"/>
        <location filename="../../ui/dashboard/charts.py" line="231"/>
        <location filename="../../ui/report/monthly.py" line="286"/>
        <location filename="../../ui/report/monthly.py" line="335"/>
        <source>%n posts</source>
        <translation>
            <numerusform>%n bericht</numerusform>
            <numerusform>%n berichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/charts.py" line="150"/>
        <source>%n without a reach figure left out</source>
        <translation>
            <numerusform>%n zonder bereikcijfer weggelaten</numerusform>
            <numerusform>%n zonder bereikcijfer weggelaten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="212"/>
        <source>Suggested: %1, the darkest cell (outlined)</source>
        <translation>Voorstel: %1, het donkerste vak (omlijnd)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="217"/>
        <source>next best: %1</source>
        <translation>op één na best: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="222"/>
        <source>No suggestion yet: every hour you posted at has fewer than %1 posts (grey), too few to trust.</source>
        <translation>Nog geen voorstel: elk uur waarop je plaatste heeft minder dan %1 berichten (grijs), te weinig om op te vertrouwen.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="230"/>
        <source>%1 of the last %2; grey: fewer than %3 posts</source>
        <translation>%1 uit de laatste %2; grijs: minder dan %3 berichten</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/charts.py" line="232"/>
        <location filename="../../ui/report/labels.py" line="221"/>
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
        <location filename="../../ui/dashboard/charts.py" line="168"/>
        <source>ER %1</source>
        <translation>ER %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="170"/>
        <source>Too few posts to trust</source>
        <translation>Te weinig berichten om op te vertrouwen</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="197"/>
        <source>Best time to post</source>
        <translation>Beste tijd om te posten</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="199"/>
        <source>From your own posts: the mean engagement rate of the posts published in each hour of each weekday. The number is how many posts; grey cells have too few to trust.</source>
        <translation>Uit je eigen berichten: de gemiddelde engagementratio van de berichten die in elk uur van elke weekdag zijn gepubliceerd. Het getal is het aantal berichten; grijze vakjes hebben er te weinig om op te vertrouwen.</translation>
    </message>
    <message>
        <source>Suggested: %1</source>
        <translation type="vanished">Voorstel: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="228"/>
        <source>Not enough posts yet for a suggestion.</source>
        <translation>Nog niet genoeg berichten voor een voorstel.</translation>
    </message>
    <message>
        <source>%1 posts of the last %2 days; grey: fewer than %3 posts</source>
        <translation type="vanished">%1 berichten in %2 dagen; grijs: minder dan %3</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="243"/>
        <source>Rubric performance</source>
        <translation>Prestaties per rubriek</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="245"/>
        <source>Blue: the rubric&apos;s share of the period&apos;s posts. Grey: its share in your plan. The engagement rate is the mean over the rubric&apos;s posts.</source>
        <translation>Blauw: het aandeel van de rubriek in de berichten van de periode. Grijs: het aandeel in je planning. De engagementratio is het gemiddelde over de berichten van de rubriek.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="254"/>
        <source>Blue: share of posts · grey: share in the plan</source>
        <translation>Blauw: aandeel berichten · grijs: aandeel in de planning</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="70"/>
        <source>Line</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="71"/>
        <source>What happens</source>
        <translation>Wat er gebeurt</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="72"/>
        <source>Figures or problem</source>
        <translation>Cijfers of probleem</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="52"/>
        <source>new post, imported</source>
        <translation>nieuw bericht, geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="52"/>
        <source>imported</source>
        <translation>geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="53"/>
        <source>already imported</source>
        <translation>al geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="54"/>
        <source>skipped</source>
        <translation>overgeslagen</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="87"/>
        <location filename="../../ui/dashboard/page.py" line="181"/>
        <source>Import a stats file</source>
        <translation>Statistiekbestand importeren</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="95"/>
        <source>Download the stats file from the platform (for Instagram and Facebook: Meta Business Suite › Insights › Content › Export; for X: Analytics › Export data; for VK: Statistics › Export), then choose it here. Nothing is stored until you press Import.</source>
        <translation>Download het statistiekbestand van het platform (voor Instagram en Facebook: Meta Business Suite › Inzichten › Content › Exporteren; voor X: Analytics › Gegevens exporteren; voor VK: Statistiek › Exporteren) en kies het hier. Er wordt niets opgeslagen tot je op Importeren klikt.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="106"/>
        <source>The .csv file</source>
        <translation>Het .csv-bestand</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="107"/>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="111"/>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="115"/>
        <source>Kind of file</source>
        <translation>Soort bestand</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="117"/>
        <source>The only account of that platform</source>
        <translation>Het enige account van dat platform</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="137"/>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="149"/>
        <source>Choose the stats file</source>
        <translation>Kies het statistiekbestand</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="149"/>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV-bestanden (*.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="163"/>
        <source>Stopping…</source>
        <translation>Stoppen…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="217"/>
        <source>Reading the file…</source>
        <translation>Bestand lezen…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="251"/>
        <source>For %1: %2, %3 already imported, %4 with a problem (they are skipped).</source>
        <translation>Voor %1: %2, %3 al geïmporteerd, %4 met een probleem (die worden overgeslagen).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/import_dialog.py" line="253"/>
        <source>%n rows to import</source>
        <translation>
            <numerusform>%n rij te importeren</numerusform>
            <numerusform>%n rijen te importeren</numerusform>
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
            <numerusform>%n cijfer geïmporteerd</numerusform>
            <numerusform>%n cijfers geïmporteerd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/import_dialog.py" line="279"/>
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
        <location filename="../../ui/dashboard/import_dialog.py" line="265"/>
        <source>Importing…</source>
        <translation>Importeren…</translation>
    </message>
    <message>
        <source>Imported %1 figures; %2 posts were new to SMM Desk.</source>
        <translation type="vanished">%1 cijfers geïmporteerd; %2 berichten waren nieuw voor SMM Desk.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="123"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="128"/>
        <source>Show one account or all of them together</source>
        <translation>Eén account tonen, of alle samen</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="133"/>
        <source>Add figures</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="137"/>
        <source>Import a stats file, or enter figures by hand</source>
        <translation>Importeer een statistiekbestand, of voer cijfers met de hand in</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="139"/>
        <source>Import a stats file…</source>
        <translation>Statistiekbestand importeren…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="141"/>
        <source>Enter a post&apos;s figures…</source>
        <translation>Cijfers van een bericht invoeren…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="143"/>
        <source>Add ad spend…</source>
        <translation>Advertentiekosten toevoegen…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="144"/>
        <source>Ad spend entries…</source>
        <translation>Advertentiekosten…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="146"/>
        <source>Report…</source>
        <translation>Rapport…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="148"/>
        <source>Save this period as a PDF report, with its numbers as CSV beside it</source>
        <translation>Deze periode opslaan als pdf-rapport, met de cijfers als CSV ernaast</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="150"/>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="151"/>
        <source>Fetch the latest figures from the platforms</source>
        <translation>De nieuwste cijfers ophalen bij de platforms</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="163"/>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="165"/>
        <source>Open the saved report</source>
        <translation>Het opgeslagen rapport openen</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="176"/>
        <source>See what works</source>
        <translation>Zie wat werkt</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="178"/>
        <source>Your followers, reach and best posts appear here once there are figures: connect an account, or import the stats file a platform lets you download.</source>
        <translation>Je volgers, bereik en beste berichten verschijnen hier zodra er cijfers zijn: koppel een account, of importeer het statistiekbestand dat een platform je laat downloaden.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="192"/>
        <source>Best post</source>
        <translation>Beste bericht</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="212"/>
        <location filename="../../ui/report/monthly.py" line="300"/>
        <source>Top posts</source>
        <translation>Topberichten</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="213"/>
        <location filename="../../ui/report/monthly.py" line="304"/>
        <source>Posts that worked least</source>
        <translation>Minst succesvolle berichten</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="264"/>
        <location filename="../../ui/report/monthly.py" line="150"/>
        <source>All accounts</source>
        <translation>Alle accounts</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="290"/>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="305"/>
        <source>The figures could not be loaded: %1</source>
        <translation>De cijfers konden niet worden geladen: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="335"/>
        <source>%1 new</source>
        <translation>%1 nieuw</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="348"/>
        <location filename="../../ui/dashboard/page.py" line="356"/>
        <source>The post with the highest engagement rate by reach in the period.</source>
        <translation>Het bericht met de hoogste engagementratio op bereik in de periode.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="369"/>
        <source>%1, compared with %2</source>
        <translation>%1, vergeleken met %2</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="411"/>
        <source>Save the report</source>
        <translation>Rapport opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="411"/>
        <source>PDF files (*.pdf)</source>
        <translation>Pdf-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="443"/>
        <source>Report saved: %1</source>
        <translation>Rapport opgeslagen: %1</translation>
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
        <translation>Geen van je accounts kan live worden uitgelezen: importeer hun statistiekbestanden.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_bar.py" line="116"/>
        <source>Stopped; the figures fetched so far are kept.</source>
        <translation>Gestopt; de tot nu toe opgehaalde cijfers blijven bewaard.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_bar.py" line="151"/>
        <source>Stop</source>
        <extracomment>the last refresh&apos;s English lines behind its notice (``report_details``)</extracomment>
        <translation>Stoppen</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_bar.py" line="153"/>
        <source>Stop fetching after the account being read now; what arrived is kept</source>
        <translation>Stoppen na het account dat nu wordt gelezen; wat binnen is blijft bewaard</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_bar.py" line="177"/>
        <source>The demo workspace shows made-up figures; it never fetches from the platforms.</source>
        <translation>De demowerkruimte toont verzonnen cijfers; hij haalt nooit iets op bij de platforms.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_bar.py" line="189"/>
        <source>Stopping after the account being read now…</source>
        <translation>Stoppen na het account dat nu wordt gelezen…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_bar.py" line="196"/>
        <source>Fetching the latest figures…</source>
        <translation>De nieuwste cijfers ophalen…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_bar.py" line="203"/>
        <source>Fetching the figures of %1 (%2 of %3)…</source>
        <translation>Cijfers van %1 ophalen (%2 van %3)…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_bar.py" line="218"/>
        <source>The figures could not be fetched: %1</source>
        <translation>De cijfers konden niet worden opgehaald: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/period_picker.py" line="46"/>
        <source>Last 7 days</source>
        <translation>Laatste 7 dagen</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/period_picker.py" line="47"/>
        <source>Last 30 days</source>
        <translation>Laatste 30 dagen</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/period_picker.py" line="48"/>
        <source>Last 90 days</source>
        <translation>Laatste 90 dagen</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/period_picker.py" line="49"/>
        <source>This month</source>
        <translation>Deze maand</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/period_picker.py" line="50"/>
        <source>Last month</source>
        <translation>Vorige maand</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/period_picker.py" line="51"/>
        <source>Custom…</source>
        <translation>Aangepast…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/period_picker.py" line="57"/>
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
        <location filename="../../ui/report/monthly.py" line="152"/>
        <source>%1 · %2, compared with %3</source>
        <translation>%1 · %2, vergeleken met %3</translation>
    </message>
    <message>
        <location filename="../../ui/report/monthly.py" line="178"/>
        <source>This period</source>
        <translation>Deze periode</translation>
    </message>
    <message>
        <location filename="../../ui/report/monthly.py" line="178"/>
        <source>Previous</source>
        <translation>Vorige</translation>
    </message>
    <message>
        <location filename="../../ui/report/monthly.py" line="178"/>
        <source>Change</source>
        <translation>Verschil</translation>
    </message>
    <message>
        <location filename="../../ui/report/monthly.py" line="285"/>
        <source>Best time to post (%1; grey: fewer than %2 posts, too few to trust)</source>
        <translation>Beste tijd om te posten (%1; grijs: minder dan %2 berichten, te weinig om op te vertrouwen)</translation>
    </message>
    <message>
        <location filename="../../ui/report/monthly.py" line="314"/>
        <source>By platform</source>
        <translation>Per platform</translation>
    </message>
    <message>
        <location filename="../../ui/report/monthly.py" line="334"/>
        <source>%1 · reach %2 · interactions %3 · engagement rate %4</source>
        <translation>%1 · bereik %2 · interacties %3 · engagementratio %4</translation>
    </message>
    <message>
        <location filename="../../ui/report/monthly.py" line="366"/>
        <source>%1 · engagement rate %2 · reach %3</source>
        <translation>%1 · engagementratio %2 · bereik %3</translation>
    </message>
    <message>
        <source>Best time to post (%1 posts; grey: fewer than %2 posts, too few to trust)</source>
        <translation type="vanished">Beste tijd om te posten (%1 berichten; grijs: minder dan %2 berichten, te weinig om op te vertrouwen)</translation>
    </message>
    <message>
        <location filename="../../ui/report/monthly.py" line="296"/>
        <source>Rubric mix: share of posts against the plan, and engagement</source>
        <translation>Rubriekmix: aandeel berichten tegenover de planning, en engagement</translation>
    </message>
    <message>
        <location filename="../../ui/report/painting.py" line="298"/>
        <source>Fewer interactions</source>
        <translation>Minder interacties</translation>
    </message>
    <message>
        <location filename="../../ui/report/painting.py" line="302"/>
        <source>more</source>
        <translation>meer</translation>
    </message>
    <message>
        <location filename="../../ui/report/painting.py" line="306"/>
        <source>too few posts to trust</source>
        <translation>te weinig berichten om op te vertrouwen</translation>
    </message>
    <message>
        <location filename="../../ui/report/painting.py" line="313"/>
        <source>suggested</source>
        <translation>voorgesteld</translation>
    </message>
    <message>
        <location filename="../../ui/report/painting.py" line="341"/>
        <source>%1 of posts (plan %2) · ER %3</source>
        <translation>%1 (planning %2) · ER %3</translation>
    </message>
</context>
<context>
    <name>StatusBarNotifier</name>
    <message numerus="yes">
        <location filename="../../ui/publishing/notifier.py" line="175"/>
        <source>(+%n more)</source>
        <translation>
            <numerusform>(+%n meer)</numerusform>
            <numerusform>(+%n meer)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="333"/>
        <source>Step %1 of %2: %3</source>
        <translation>Stap %1 van %2: %3</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="353"/>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="354"/>
        <source>Copy %1</source>
        <translation>%1 kopiëren</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="375"/>
        <source>Copied: %1</source>
        <translation>Gekopieerd: %1</translation>
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
        <location filename="../../ui/calendar/settings_dialogs.py" line="215"/>
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
