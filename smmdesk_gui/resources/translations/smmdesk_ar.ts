<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
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
        <translation>حدث خطأ ما، لكن عملك محفوظ.</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="80"/>
        <source>SMM Desk keeps running. The details were saved in the log file:
%1</source>
        <translation>يواصل SMM Desk العمل. حُفظت التفاصيل في ملف السجل:
%1</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="103"/>
        <source>The data file is damaged, so SMM Desk cannot open it safely.</source>
        <translation>ملف البيانات تالف، لذا لا يستطيع SMM Desk فتحه بأمان.</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="107"/>
        <source>SMM Desk can put back the newest good copy, saved %1. The damaged file is kept beside it under a new name (%2), never deleted.</source>
        <translation>يستطيع SMM Desk استعادة أحدث نسخة سليمة، المحفوظة في %1. ويبقى الملف التالف بجانبها باسم جديد (%2)، ولا يُحذف أبدًا.</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="115"/>
        <source>Put back the copy</source>
        <translation>استعادة النسخة</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="116"/>
        <source>Not now</source>
        <translation>ليس الآن</translation>
    </message>
    <message>
        <source>SMM Desk keeps running. The details were saved in the log file:
{path}</source>
        <translation type="vanished">يواصل SMM Desk العمل. حُفظت التفاصيل في ملف السجل:
{path}</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about.py" line="86"/>
        <source>About SMM Desk</source>
        <translation>حول SMM Desk</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="96"/>
        <source>SMM Desk</source>
        <translation>SMM Desk</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation type="vanished">الإصدار {version}</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="102"/>
        <source>Version %1</source>
        <translation>الإصدار %1</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="106"/>
        <source>Plan, write, publish and measure your social media posts.</source>
        <translation>خطِّط لمنشوراتك على وسائل التواصل الاجتماعي واكتبها وانشرها وقِس نتائجها.</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="114"/>
        <source>Your data folder</source>
        <translation>مجلد بياناتك</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="117"/>
        <source>Log files</source>
        <translation>ملفات السجل</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="123"/>
        <source>SMM Desk is built with the open-source components below. Select one to read its license.</source>
        <translation>بُني SMM Desk بالمكونات مفتوحة المصدر التالية. اختر مكونًا لقراءة ترخيصه.</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="150"/>
        <source>Select a component to read its license.</source>
        <translation>اختر مكونًا لقراءة ترخيصه.</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="160"/>
        <source>Copy details</source>
        <translation>نسخ التفاصيل</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="163"/>
        <source>Copy the version and folders, to paste into a message to support.</source>
        <translation>انسخ الإصدار والمجلدات للصقها في رسالة إلى الدعم.</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="179"/>
        <source>Open folder</source>
        <translation>فتح المجلد</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="195"/>
        <source>no file manager answered</source>
        <translation>لم يستجب أي مدير ملفات</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="201"/>
        <source>Could not open the folder</source>
        <translation>تعذّر فتح المجلد</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="203"/>
        <source>SMM Desk could not open the folder (%1). You can find it here:
%2</source>
        <translation>تعذّر على SMM Desk فتح المجلد (%1). تجده هنا:
%2</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="235"/>
        <source>No license text ships with this component; its license is %1.</source>
        <translation>لا يُرفق نص الترخيص مع هذا المكوّن؛ ترخيصه %1.</translation>
    </message>
    <message>
        <source>SMM Desk could not open the folder ({reason}). You can find it here:
{folder}</source>
        <translation type="vanished">تعذّر على SMM Desk فتح المجلد ({reason}). تجده هنا:
{folder}</translation>
    </message>
    <message>
        <source>No license text ships with this component; its license is {name}.</source>
        <translation type="vanished">لا يُرفق نص الترخيص مع هذا المكون؛ ترخيصه {name}.</translation>
    </message>
</context>
<context>
    <name>AccountChips</name>
    <message>
        <location filename="../../ui/composer/widgets.py" line="191"/>
        <source>Needs reconnecting (Accounts screen)</source>
        <translation>يلزم إعادة الربط (شاشة الحسابات)</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <location filename="../../ui/accounts/model.py" line="31"/>
        <source>Platform</source>
        <translation>المنصة</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="32"/>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="33"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="34"/>
        <source>Last checked</source>
        <translation>آخر فحص</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="75"/>
        <source>Needs reconnecting</source>
        <translation>يلزم إعادة الربط</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="77"/>
        <source>Disconnected</source>
        <translation>غير مرتبط</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="80"/>
        <source>Reconnect by %1</source>
        <translation>أعِد الربط قبل %1</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="82"/>
        <source>Reminders (you post)</source>
        <translation>تذكيرات (تنشر بنفسك)</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="83"/>
        <source>Connected</source>
        <translation>مرتبط</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <location filename="../../ui/accounts/page.py" line="73"/>
        <source>Accounts</source>
        <translation>الحسابات</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="80"/>
        <location filename="../../ui/accounts/page.py" line="89"/>
        <location filename="../../ui/accounts/page.py" line="94"/>
        <source>Connect an account</source>
        <translation>ربط حساب</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="91"/>
        <source>Connect Bluesky, Mastodon or Telegram and SMM Desk posts for you at the planned time. Add Instagram and the others to get a reminder with everything ready.</source>
        <translation>اربط Bluesky أو Mastodon أو Telegram لينشر SMM Desk عنك في الوقت المخطط. أضف Instagram وغيره لتتلقى تذكيرًا وكل شيء جاهز.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="138"/>
        <source>Test connection</source>
        <translation>اختبار الاتصال</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="145"/>
        <source>Allow photos…</source>
        <translation>السماح بالصور…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="147"/>
        <source>Add a user token so SMM Desk can post VK posts with photos by itself</source>
        <translation>أضف رمز مستخدم ليتمكن SMM Desk من نشر منشورات VK مع الصور بنفسه</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="153"/>
        <source>Photo hosting…</source>
        <extracomment>VK accounts whose user token is in the keyring (read with the list, off the GUI thread)</extracomment>
        <translation>استضافة الصور…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="173"/>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="295"/>
        <source>The %1 login of %2 stopped working on %3. Reconnect it: its posts wait until you do.</source>
        <translation>توقفت بيانات دخول %1 للحساب %2 عن العمل في %3. أعِد ربطه: تنتظر منشوراته حتى تفعل.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="305"/>
        <source>The %1 login of %2 stops working on %3 and SMM Desk could not renew it by itself. Reconnect it before then, or its posts will wait.</source>
        <translation>تتوقف بيانات دخول %1 للحساب %2 عن العمل في %3، ولم يتمكن SMM Desk من تجديدها بنفسه. أعِد ربطه قبل ذلك، وإلا فستنتظر منشوراته.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/accounts/page.py" line="313"/>
        <source>%n more account(s) need the same.</source>
        <translation>
            <numerusform>يحتاج %n حساب آخر إلى الإجراء نفسه.</numerusform>
            <numerusform>يحتاج %n حساب آخر إلى الإجراء نفسه.</numerusform>
            <numerusform>يحتاج %n حساب آخر إلى الإجراء نفسه.</numerusform>
            <numerusform>يحتاج %n حسابات أخرى إلى الإجراء نفسه.</numerusform>
            <numerusform>يحتاج %n حسابًا آخر إلى الإجراء نفسه.</numerusform>
            <numerusform>يحتاج %n حساب آخر إلى الإجراء نفسه.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="346"/>
        <source>Something went wrong (%1). Try again; details are in the log.</source>
        <translation>حدث خطأ ما (%1). حاول مرة أخرى؛ التفاصيل في السجل.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="374"/>
        <source>%1 added. SMM Desk will remind you when its posts are due.</source>
        <translation>أُضيف %1. سيذكّرك SMM Desk عندما يحين موعد منشوراته.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="379"/>
        <source>%1 is connected and works.</source>
        <translation>%1 مرتبط ويعمل.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="401"/>
        <source>Photos allowed for %1 (with the token of %2): SMM Desk now posts its VK posts with photos by itself.</source>
        <translation>سُمح بالصور لـ %1 (برمز %2): صار SMM Desk ينشر منشورات VK مع الصور بنفسه.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="419"/>
        <source>Testing %1…</source>
        <translation>جارٍ اختبار %1…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="425"/>
        <source>%1 works.</source>
        <translation>%1 يعمل.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="446"/>
        <source>Remove %1? Its saved login is deleted; posts already sent stay in your plan. Click &quot;Yes, remove&quot; to go ahead.</source>
        <translation>هل تريد إزالة %1؟ ستُحذف بيانات الدخول المحفوظة؛ وتبقى المنشورات المرسلة في خطتك. انقر «نعم، أزِله» للمتابعة.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="113"/>
        <location filename="../../ui/accounts/page.py" line="140"/>
        <source>Reconnect…</source>
        <translation>إعادة الربط…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="142"/>
        <location filename="../../ui/accounts/page.py" line="254"/>
        <location filename="../../ui/accounts/page.py" line="454"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Something went wrong ({name}). Try again; details are in the log.</source>
        <translation type="vanished">حدث خطأ ما ({name}). حاول مرة أخرى؛ التفاصيل في السجل.</translation>
    </message>
    <message>
        <source>{handle} added. SMM Desk will remind you when its posts are due.</source>
        <translation type="vanished">أُضيف {handle}. سيذكّرك SMM Desk عندما يحين موعد منشوراته.</translation>
    </message>
    <message>
        <source>{handle} is connected and works.</source>
        <translation type="vanished">{handle} مرتبط ويعمل.</translation>
    </message>
    <message>
        <source>Testing {handle}…</source>
        <translation type="vanished">جارٍ اختبار {handle}…</translation>
    </message>
    <message>
        <source>{handle} works.</source>
        <translation type="vanished">{handle} يعمل.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="442"/>
        <source>Yes, remove</source>
        <translation>نعم، أزِله</translation>
    </message>
    <message>
        <source>Remove {handle}? Its saved login is deleted; posts already sent stay in your plan. Click &quot;Yes, remove&quot; to go ahead.</source>
        <translation type="vanished">هل تريد إزالة {handle}؟ ستُحذف بيانات الدخول المحفوظة؛ وتبقى المنشورات المرسلة في خطتك. انقر «نعم، أزِله» للمتابعة.</translation>
    </message>
</context>
<context>
    <name>AllowPhotosDialog</name>
    <message>
        <location filename="../../ui/accounts/vk_photos.py" line="42"/>
        <source>Allow photos for %1</source>
        <translation>السماح بالصور لـ %1</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/vk_photos.py" line="47"/>
        <source>VK lets only a person upload photos to a community&apos;s wall, not the community&apos;s own token. With a user token of an administrator of the community, SMM Desk posts your VK posts with photos by itself. Without it, it posts the text-only ones and reminds you to post the ones with photos.</source>
        <translation>لا يسمح VK برفع الصور إلى جدار المجتمع إلا لشخص، لا لرمز المجتمع نفسه. برمز مستخدم لأحد مشرفي المجتمع، ينشر SMM Desk منشورات VK مع الصور بنفسه. ومن دونه، ينشر المنشورات النصية فقط ويذكّرك بنشر المنشورات التي فيها صور.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/vk_photos.py" line="57"/>
        <source>Paste a user token of an administrator of the community with the rights photos and wall. SMM Desk keeps it in your computer&apos;s password store, next to the community token.</source>
        <translation>الصق رمز مستخدم لأحد مشرفي المجتمع بالصلاحيتين photos وwall. يحفظه SMM Desk في مخزن كلمات المرور في حاسوبك، بجانب رمز المجتمع.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/vk_photos.py" line="68"/>
        <source>Paste the user token</source>
        <translation>الصق رمز المستخدم</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/vk_photos.py" line="69"/>
        <source>User token</source>
        <translation>رمز المستخدم</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/vk_photos.py" line="81"/>
        <location filename="../../ui/accounts/vk_photos.py" line="108"/>
        <source>Allow photos</source>
        <translation>السماح بالصور</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/vk_photos.py" line="82"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/vk_photos.py" line="90"/>
        <source>Paste the user token first.</source>
        <translation>الصق رمز المستخدم أولًا.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/vk_photos.py" line="93"/>
        <source>Checking…</source>
        <translation>جارٍ التحقق…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/vk_photos.py" line="113"/>
        <source>Checking failed unexpectedly (%1). Try again.</source>
        <translation>فشل التحقق على نحو غير متوقع (%1). حاول مرة أخرى.</translation>
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
        <translation>تعذّر حفظ المسودة (%1). نصك ما زال هنا.</translation>
    </message>
</context>
<context>
    <name>BacklogPanel</name>
    <message>
        <location filename="../../ui/calendar/backlog.py" line="37"/>
        <source>Ideas</source>
        <translation>الأفكار</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/backlog.py" line="45"/>
        <source>Recently edited</source>
        <translation>المعدّلة مؤخرًا</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/backlog.py" line="46"/>
        <source>Newest</source>
        <translation>الأحدث</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/backlog.py" line="47"/>
        <source>A–Z</source>
        <translation>أ–ي</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/backlog.py" line="48"/>
        <source>By rubric</source>
        <translation>حسب الفئة</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/backlog.py" line="56"/>
        <source>Posts without a date. Drag one onto a day, or put it in the queue.</source>
        <translation>منشورات بلا تاريخ. اسحب أحدها إلى يوم، أو ضعه في الطابور.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/backlog.py" line="76"/>
        <source>Add to queue</source>
        <translation>إلى الطابور</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/backlog.py" line="78"/>
        <source>Put the selected ideas into each account&apos;s next free posting time</source>
        <translation>ضع الأفكار المحددة في أقرب وقت نشر متاح لكل حساب</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/backlog.py" line="88"/>
        <source>Ideas (%1)</source>
        <translation>الأفكار (%1)</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="433"/>
        <source>Checking the connection</source>
        <translation>التحقق من الاتصال</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="469"/>
        <source>Asking %1 whether the token works…</source>
        <extracomment>The values the account was connected with; a second visit with the same values shows the result again instead of connecting twice.</extracomment>
        <translation>جارٍ سؤال %1 عمّا إذا كان الرمز يعمل…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="471"/>
        <source>Adding the account…</source>
        <translation>جارٍ إضافة الحساب…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="489"/>
        <source>Not connected yet</source>
        <translation>لم يُربط بعد</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="498"/>
        <source>Connected as %1</source>
        <translation>مرتبط باسم %1</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="501"/>
        <source>%1 added</source>
        <translation>أُضيف %1</translation>
    </message>
</context>
<context>
    <name>ComponentsModel</name>
    <message>
        <location filename="../../ui/about.py" line="49"/>
        <source>Component</source>
        <translation>المكوّن</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="49"/>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="49"/>
        <source>License</source>
        <translation>الترخيص</translation>
    </message>
</context>
<context>
    <name>ComposePage</name>
    <message>
        <location filename="../../ui/composer/page.py" line="135"/>
        <source>Post to:</source>
        <translation>النشر في:</translation>
    </message>
    <message>
        <location filename="../../ui/composer/page.py" line="139"/>
        <source>Rubric:</source>
        <translation>الفئة:</translation>
    </message>
    <message>
        <location filename="../../ui/composer/page.py" line="145"/>
        <source>New post</source>
        <translation>منشور جديد</translation>
    </message>
    <message>
        <location filename="../../ui/composer/page.py" line="150"/>
        <source>No accounts yet: add one on the Accounts screen. You can already write.</source>
        <translation>لا توجد حسابات بعد: أضف حسابًا من شاشة الحسابات. يمكنك البدء بالكتابة الآن.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/page.py" line="166"/>
        <source>Write your post here. Each account can get its own version in its tab.</source>
        <translation>اكتب منشورك هنا. يمكن أن يكون لكل حساب نسخته الخاصة في تبويبه.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/page.py" line="191"/>
        <source>Instagram shape:</source>
        <translation>شكل Instagram:</translation>
    </message>
    <message>
        <location filename="../../ui/composer/page.py" line="306"/>
        <source>Something went wrong: %1. Your text is still here.</source>
        <translation>حدث خطأ ما: %1. نصك ما زال هنا.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/page.py" line="179"/>
        <source>Main text</source>
        <translation>النص الرئيسي</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="42"/>
        <source>Handle</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="44"/>
        <source>App password</source>
        <translation>كلمة مرور التطبيق</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="45"/>
        <source>In Bluesky: Settings &gt; Privacy and security &gt; App passwords &gt; Add. Never use your main password here.</source>
        <translation>في Bluesky: ⁦Settings &gt; Privacy and security &gt; App passwords &gt; Add⁩. لا تستخدم كلمة مرورك الرئيسية هنا أبدًا.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="52"/>
        <source>Account name</source>
        <translation>اسم الحساب</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="54"/>
        <source>Access token</source>
        <translation>رمز الوصول</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="55"/>
        <source>On your server: Preferences &gt; Development &gt; New application (allow read and write), then copy &quot;Your access token&quot;.</source>
        <translation>على خادمك: ⁦Preferences &gt; Development &gt; New application⁩ (اسمح بالقراءة والكتابة)، ثم انسخ «Your access token».</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="62"/>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="64"/>
        <source>Bot token</source>
        <translation>رمز البوت</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="65"/>
        <source>Ask @BotFather for a bot (/newbot) and copy its token. Then make the bot an administrator of your channel who may post messages.</source>
        <translation>اطلب من ⁦@BotFather⁩ إنشاء بوت (⁦/newbot⁩) وانسخ رمزه. ثم اجعل البوت مشرفًا في قناتك مع صلاحية نشر الرسائل.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="72"/>
        <source>Community</source>
        <translation>المجتمع</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="74"/>
        <source>Community token</source>
        <translation>رمز المجتمع</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="75"/>
        <source>In VK, open your community &gt; Manage &gt; API usage &gt; Create token. Allow wall, photos and manage, then copy the token. SMM Desk posts as the community.</source>
        <translation>في VK، افتح مجتمعك ثم ⁦Manage &gt; API usage &gt; Create token⁩. اسمح بـ wall وphotos وmanage، ثم انسخ الرمز. ينشر SMM Desk باسم المجتمع.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="83"/>
        <source>Optional, for photos: VK lets only a person upload photos to a wall. Paste a user token of an administrator of the community with the rights photos and wall. Without it, SMM Desk posts the text of VK posts by itself and reminds you to post the ones with photos.</source>
        <extracomment>VK: photos need a person&apos;s token (VK does not let a community token upload them).</extracomment>
        <translation>اختياري، للصور: لا يسمح VK برفع الصور إلى الجدار إلا لشخص. الصق رمز مستخدم لأحد مشرفي المجتمع بالصلاحيتين photos وwall. ومن دونه، ينشر SMM Desk نص منشورات VK بنفسه ويذكّرك بنشر المنشورات التي فيها صور.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="89"/>
        <source>SMM Desk cannot post here by itself. At the planned time it reminds you, copies the text and saves the photos in a folder; you post and mark it done.</source>
        <translation>لا يستطيع SMM Desk النشر هنا بنفسه. في الوقت المخطط يذكّرك، وينسخ النص ويحفظ الصور في مجلد؛ فتنشره أنت وتعلّمه كمنشور.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="95"/>
        <source>Meta lets SMM Desk in only through a small app of your own at developers.facebook.com. The guided setup takes you through it step by step, in about ten minutes.</source>
        <extracomment>Facebook Pages, Instagram and Threads need an app of the owner&apos;s own: the guided setup.</extracomment>
        <translation>لا تسمح Meta لـ SMM Desk بالدخول إلا عبر تطبيق صغير خاص بك على developers.facebook.com. يرشدك الإعداد الموجَّه خطوة بخطوة، في نحو عشر دقائق.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="102"/>
        <source>Click &quot;Open the sign-in page&quot;: your server opens in the browser. Sign in, allow SMM Desk, then copy the code it shows and paste it here.</source>
        <translation>انقر «فتح صفحة الدخول»: يُفتح خادمك في المتصفح. سجّل الدخول واسمح لـ SMM Desk، ثم انسخ الرمز الذي يظهر والصقه هنا.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="133"/>
        <source>Reconnect account</source>
        <extracomment>Opens a web address in the browser (tests record it instead).</extracomment>
        <translation>إعادة ربط الحساب</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="133"/>
        <source>Connect an account</source>
        <translation>ربط حساب</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="144"/>
        <source>Platform</source>
        <translation>المنصة</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="145"/>
        <location filename="../../ui/accounts/connect_dialog.py" line="264"/>
        <source>Server address</source>
        <translation>عنوان الخادم</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="156"/>
        <source>User token (optional)</source>
        <translation>رمز المستخدم (اختياري)</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="159"/>
        <source>Only for posts with photos</source>
        <translation>للمنشورات التي فيها صور فقط</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="163"/>
        <source>How</source>
        <translation>الطريقة</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="167"/>
        <source>Sign in through the browser (easiest)</source>
        <translation>تسجيل الدخول عبر المتصفح (الأسهل)</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="168"/>
        <source>Paste an access token</source>
        <translation>لصق رمز وصول</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="177"/>
        <source>Open the sign-in page</source>
        <translation>فتح صفحة الدخول</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="188"/>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="190"/>
        <source>Paste the code your server shows</source>
        <translation>الصق الرمز الذي يعرضه الخادم</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="208"/>
        <location filename="../../ui/accounts/connect_dialog.py" line="232"/>
        <location filename="../../ui/accounts/connect_dialog.py" line="444"/>
        <source>Reconnect</source>
        <translation>إعادة الربط</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="208"/>
        <location filename="../../ui/accounts/connect_dialog.py" line="232"/>
        <location filename="../../ui/accounts/connect_dialog.py" line="444"/>
        <source>Connect</source>
        <translation>ربط</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="254"/>
        <source>(filled in from your server)</source>
        <translation>(يُملأ من خادمك)</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="262"/>
        <source>Server (leave empty for bsky.social)</source>
        <translation>الخادم (اتركه فارغًا لـ bsky.social)</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="296"/>
        <source>Start the guided setup…</source>
        <translation>بدء الإعداد الموجَّه…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="345"/>
        <source>Enter your server&apos;s address first, e.g. mastodon.social</source>
        <translation>أدخل عنوان خادمك أولًا، مثل mastodon.social</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="354"/>
        <source>Open the sign-in page again</source>
        <translation>فتح صفحة الدخول مجددًا</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="358"/>
        <source>If the browser did not open, &lt;a href=&quot;%1&quot;&gt;click here&lt;/a&gt;.</source>
        <translation>إذا لم يُفتح المتصفح، &lt;a href=&quot;%1&quot;&gt;انقر هنا&lt;/a&gt;.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="449"/>
        <source>Connecting failed unexpectedly (%1). Try again.</source>
        <translation>فشل الربط على نحو غير متوقع (%1). حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>If the browser did not open, &lt;a href=&quot;{url}&quot;&gt;click here&lt;/a&gt;.</source>
        <translation type="vanished">إذا لم يُفتح المتصفح، &lt;a href=&quot;{url}&quot;&gt;انقر هنا&lt;/a&gt;.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="382"/>
        <location filename="../../ui/accounts/connect_dialog.py" line="422"/>
        <source>Checking…</source>
        <translation>جارٍ التحقق…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="415"/>
        <source>Click &quot;Open the sign-in page&quot; first.</source>
        <translation>انقر «فتح صفحة الدخول» أولًا.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="418"/>
        <source>Paste the code your server showed after you allowed it.</source>
        <translation>الصق الرمز الذي عرضه خادمك بعد أن سمحت بالوصول.</translation>
    </message>
    <message>
        <source>Connecting failed unexpectedly ({name}). Try again.</source>
        <translation type="vanished">فشل الربط على نحو غير متوقع ({name}). حاول مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>CounterBar</name>
    <message>
        <location filename="../../ui/composer/widgets.py" line="243"/>
        <source>%1: %2 characters left</source>
        <translation>%1: الأحرف المتبقية %2</translation>
    </message>
</context>
<context>
    <name>DatabaseBusy</name>
    <message>
        <location filename="../../ui/db_busy.py" line="16"/>
        <source>SMM Desk&apos;s database is busy with another task (an import?). Your change was not saved yet; try again in a moment.</source>
        <translation>قاعدة بيانات SMM Desk مشغولة بمهمة أخرى (استيراد؟). لم يُحفظ تغييرك بعد؛ حاول مجددًا بعد قليل.</translation>
    </message>
</context>
<context>
    <name>DayCellDelegate</name>
    <message>
        <location filename="../../ui/calendar/delegate.py" line="222"/>
        <location filename="../../ui/calendar/delegate.py" line="227"/>
        <source>nothing planned</source>
        <translation>لا شيء مخطط</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar/delegate.py" line="136"/>
        <source>+%n more</source>
        <translation>
            <numerusform>+%n أخرى</numerusform>
            <numerusform>+%n أخرى</numerusform>
            <numerusform>+%n أخرى</numerusform>
            <numerusform>+%n أخرى</numerusform>
            <numerusform>+%n أخرى</numerusform>
            <numerusform>+%n أخرى</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar/delegate.py" line="137"/>
        <source>%n post(s)</source>
        <translation>
            <numerusform>%n منشور</numerusform>
            <numerusform>%n منشور</numerusform>
            <numerusform>%n منشور</numerusform>
            <numerusform>%n منشورات</numerusform>
            <numerusform>%n منشورًا</numerusform>
            <numerusform>%n منشور</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <location filename="../../ui/calendar/details.py" line="41"/>
        <source>Edit</source>
        <translation>تحرير</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/details.py" line="43"/>
        <source>Open this post in Compose (or double-click it)</source>
        <translation>افتح هذا المنشور في «كتابة» (أو انقر عليه نقرًا مزدوجًا)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/details.py" line="57"/>
        <source>No post selected</source>
        <translation>لم يُحدَّد منشور</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/details.py" line="60"/>
        <source>Click a post to see it here. Drag it to another day to move it; hold Ctrl while dropping to copy it.</source>
        <translation>انقر منشورًا لعرضه هنا. اسحبه إلى يوم آخر لنقله؛ اضغط Ctrl مع الإفلات لنسخه.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/details.py" line="82"/>
        <source>No rubric</source>
        <translation>بلا فئة</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/details.py" line="87"/>
        <source>Needs a photo for %1: open it and add one.</source>
        <translation>يحتاج المنشور إلى صورة من أجل %1: افتحه وأضف صورة.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="308"/>
        <location filename="../../ui/calendar/import_dialog.py" line="345"/>
        <source>Export the plan</source>
        <translation>تصدير الخطة</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="316"/>
        <source>Spreadsheet (CSV)</source>
        <translation>جدول بيانات (CSV)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="317"/>
        <source>Calendar file (.ics)</source>
        <translation>ملف تقويم (⁦.ics⁩)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="318"/>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="319"/>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="320"/>
        <source>Format</source>
        <translation>التنسيق</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="323"/>
        <source>Both days are included. A CSV opens in a spreadsheet and can be imported again; an .ics file opens in Google Calendar, Apple Calendar, Outlook or Thunderbird.</source>
        <translation>يشمل اليومين كليهما. يُفتح ملف CSV في جدول بيانات ويمكن استيراده مجددًا؛ ويُفتح ملف ⁦.ics⁩ في Google Calendar أو Apple Calendar أو Outlook أو Thunderbird.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="333"/>
        <source>Save as…</source>
        <translation>حفظ باسم…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="362"/>
        <source>Could not save %1: %2</source>
        <translation>تعذّر حفظ %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="365"/>
        <source>Saved %1 posts to %2.</source>
        <translation>حُفظت المنشورات (%1) في %2.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="151"/>
        <source>All states</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="153"/>
        <source>Scheduled</source>
        <translation>المجدولة</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="154"/>
        <source>Drafts</source>
        <translation>المسودات</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="155"/>
        <source>Published</source>
        <translation>المنشورة</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="156"/>
        <source>Failed</source>
        <translation>الفاشلة</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="157"/>
        <source>Needs attention</source>
        <translation>تحتاج إلى مراجعة</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="158"/>
        <source>Needs you</source>
        <translation>تحتاج إليك</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="164"/>
        <source>Search posts (Ctrl+F)</source>
        <translation>البحث في المنشورات (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="190"/>
        <source>All accounts</source>
        <translation>كل الحسابات</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="194"/>
        <source>All platforms</source>
        <translation>كل المنصات</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="199"/>
        <source>All rubrics</source>
        <translation>كل الفئات</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="202"/>
        <source>No rubric</source>
        <translation>بلا فئة</translation>
    </message>
</context>
<context>
    <name>FocalPointWidget</name>
    <message>
        <location filename="../../ui/media/focal.py" line="28"/>
        <source>Click the most important spot (the product): every crop keeps it</source>
        <translation>انقر أهم نقطة (المنتج): كل قصّ يحافظ عليها</translation>
    </message>
</context>
<context>
    <name>GuiPublisher</name>
    <message numerus="yes">
        <location filename="../../ui/publishing/publisher.py" line="133"/>
        <source>SMM Desk: %n post(s) waiting to be published</source>
        <translation>
            <numerusform>SMM Desk: %n منشور بانتظار النشر</numerusform>
            <numerusform>SMM Desk: %n منشور بانتظار النشر</numerusform>
            <numerusform>SMM Desk: %n منشور بانتظار النشر</numerusform>
            <numerusform>SMM Desk: %n منشورات بانتظار النشر</numerusform>
            <numerusform>SMM Desk: %n منشورًا بانتظار النشر</numerusform>
            <numerusform>SMM Desk: %n منشور بانتظار النشر</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/publishing/publisher.py" line="139"/>
        <source>Publishing paused: %1</source>
        <translation>النشر متوقف مؤقتًا: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/publishing/publisher.py" line="152"/>
        <source>%n post(s) published</source>
        <translation>
            <numerusform>نُشر %n منشور</numerusform>
            <numerusform>نُشر %n منشور</numerusform>
            <numerusform>نُشر %n منشور</numerusform>
            <numerusform>نُشر %n منشورات</numerusform>
            <numerusform>نُشر %n منشورًا</numerusform>
            <numerusform>نُشر %n منشور</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/publishing/publisher.py" line="154"/>
        <source>%n will be retried</source>
        <translation>
            <numerusform>ستُعاد محاولة %n</numerusform>
            <numerusform>ستُعاد محاولة %n</numerusform>
            <numerusform>ستُعاد محاولة %n</numerusform>
            <numerusform>ستُعاد محاولة %n</numerusform>
            <numerusform>ستُعاد محاولة %n</numerusform>
            <numerusform>ستُعاد محاولة %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/publishing/publisher.py" line="156"/>
        <source>%n failed — see why in the plan</source>
        <translation>
            <numerusform>فشل %n — اعرف السبب في الخطة</numerusform>
            <numerusform>فشل %n — اعرف السبب في الخطة</numerusform>
            <numerusform>فشل %n — اعرف السبب في الخطة</numerusform>
            <numerusform>فشل %n — اعرف السبب في الخطة</numerusform>
            <numerusform>فشل %n — اعرف السبب في الخطة</numerusform>
            <numerusform>فشل %n — اعرف السبب في الخطة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/publishing/publisher.py" line="158"/>
        <source>%n need(s) checking</source>
        <translation>
            <numerusform>%n بحاجة إلى مراجعة</numerusform>
            <numerusform>%n بحاجة إلى مراجعة</numerusform>
            <numerusform>%n بحاجة إلى مراجعة</numerusform>
            <numerusform>%n بحاجة إلى مراجعة</numerusform>
            <numerusform>%n بحاجة إلى مراجعة</numerusform>
            <numerusform>%n بحاجة إلى مراجعة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/publishing/publisher.py" line="231"/>
        <source>Time to post on %1</source>
        <translation>حان وقت النشر على %1</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/publisher.py" line="234"/>
        <source>The text is copied and the photos are in a folder. Click here to see the post for %1.</source>
        <translation>نُسخ النص والصور في مجلد. انقر هنا لعرض منشور %1.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/publisher.py" line="244"/>
        <source>A post to %1 failed</source>
        <translation>فشل منشور على %1</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/publisher.py" line="251"/>
        <source>Check a post on %1</source>
        <translation>راجِع منشورًا على %1</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/publisher.py" line="254"/>
        <source>SMM Desk cannot tell whether the post to %1 went out. Click here to check it.</source>
        <translation>لا يستطيع SMM Desk معرفة ما إذا نُشر المنشور على %1. انقر هنا للتحقق.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/publisher.py" line="279"/>
        <source>Reconnect %1 on %2</source>
        <translation>أعِد ربط %1 على %2</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/publisher.py" line="245"/>
        <source>Click here to see why.</source>
        <translation>انقر هنا لمعرفة السبب.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/publisher.py" line="281"/>
        <source>Its posts wait until you sign in again. Click here to reconnect.</source>
        <translation>تنتظر منشوراته حتى تسجّل الدخول مجددًا. انقر هنا لإعادة الربط.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="127"/>
        <source>Import posts from a spreadsheet</source>
        <translation>استيراد منشورات من جدول بيانات</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="134"/>
        <source>A CSV file with the columns scheduled_at, accounts, text, media and rubric. Nothing is imported until every row is fine.</source>
        <translation>ملف CSV بالأعمدة scheduled_at وaccounts وtext وmedia وrubric. لا يُستورد شيء حتى تصبح كل الصفوف سليمة.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="143"/>
        <source>No file chosen</source>
        <translation>لم يُختر ملف</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="144"/>
        <source>Choose file…</source>
        <translation>اختيار ملف…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="146"/>
        <source>Check again</source>
        <translation>تحقق مجددًا</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="148"/>
        <source>Read the file again after you fixed and saved it in your spreadsheet</source>
        <translation>أعِد قراءة الملف بعد تصحيحه وحفظه في جدول البيانات</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="157"/>
        <source>Rows without a date go into the queue (otherwise they become ideas)</source>
        <translation>الصفوف بلا تاريخ تذهب إلى الطابور (وإلا تصبح أفكارًا)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="160"/>
        <source>Show only the rows with a problem</source>
        <translation>عرض الصفوف التي بها مشكلة فقط</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="183"/>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="195"/>
        <source>Choose a CSV file</source>
        <translation>اختر ملف CSV</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="195"/>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="237"/>
        <source>Checking the rows: %1 of %2…</source>
        <translation>جارٍ التحقق من الصفوف: %1 من %2…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="259"/>
        <source>%1 of %2 rows have a problem (in red). Fix them in your spreadsheet, save, and press Check again. Nothing has been imported.</source>
        <translation>الصفوف التي بها مشكلة (بالأحمر): %1 من %2. صحّحها في جدول البيانات واحفظ، ثم اضغط «تحقق مجددًا». لم يُستورد شيء.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="268"/>
        <source>%1 rows are ready to import.</source>
        <translation>الصفوف الجاهزة للاستيراد: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="271"/>
        <source>The file has no rows to import.</source>
        <translation>لا يحتوي الملف على صفوف للاستيراد.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/rail.py" line="13"/>
        <source>Plan</source>
        <translation>الخطة</translation>
    </message>
    <message>
        <location filename="../../ui/rail.py" line="14"/>
        <source>Compose</source>
        <translation>كتابة</translation>
    </message>
    <message>
        <location filename="../../ui/rail.py" line="15"/>
        <source>Dashboard</source>
        <translation>الإحصاءات</translation>
    </message>
    <message>
        <location filename="../../ui/rail.py" line="16"/>
        <source>Media</source>
        <translation>الوسائط</translation>
    </message>
    <message>
        <location filename="../../ui/rail.py" line="17"/>
        <source>Accounts</source>
        <translation>الحسابات</translation>
    </message>
    <message>
        <location filename="../../ui/rail.py" line="18"/>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="116"/>
        <source>SMM Desk</source>
        <translation>SMM Desk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="133"/>
        <source>Opening your workspace…</source>
        <translation>جارٍ فتح مساحة العمل…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="139"/>
        <source>Opening…</source>
        <translation>جارٍ الفتح…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="194"/>
        <source>SMM Desk — demo workspace</source>
        <translation>SMM Desk — مساحة عمل تجريبية</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="278"/>
        <source>Workspace not open</source>
        <translation>مساحة العمل غير مفتوحة</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="363"/>
        <source>No accounts connected yet</source>
        <translation>لم يُربط أي حساب بعد</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="365"/>
        <source>No posts scheduled today</source>
        <translation>لا منشورات مجدولة اليوم</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="367"/>
        <source>%n post(s) scheduled today</source>
        <translation>
            <numerusform>%n منشور مجدولة اليوم</numerusform>
            <numerusform>%n منشور مجدولة اليوم</numerusform>
            <numerusform>%n منشور مجدولة اليوم</numerusform>
            <numerusform>%n منشورات مجدولة اليوم</numerusform>
            <numerusform>%n منشورًا مجدولة اليوم</numerusform>
            <numerusform>%n منشور مجدولة اليوم</numerusform>
        </translation>
    </message>
    <message>
        <source>next at {time}</source>
        <translation type="vanished">التالي في {time}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="371"/>
        <source>%n failed</source>
        <translation>
            <numerusform>فشل %n</numerusform>
            <numerusform>فشل %n</numerusform>
            <numerusform>فشل %n</numerusform>
            <numerusform>فشل %n</numerusform>
            <numerusform>فشل %n</numerusform>
            <numerusform>فشل %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="373"/>
        <source>%n need(s) you</source>
        <translation>
            <numerusform>%n بانتظارك</numerusform>
            <numerusform>%n بانتظارك</numerusform>
            <numerusform>%n بانتظارك</numerusform>
            <numerusform>%n بانتظارك</numerusform>
            <numerusform>%n بانتظارك</numerusform>
            <numerusform>%n بانتظارك</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="376"/>
        <source>Click to see the posts that need you</source>
        <translation>انقر لرؤية المنشورات التي تحتاج إليك</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="378"/>
        <source>Click to see today&apos;s plan</source>
        <translation>انقر لرؤية خطة اليوم</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="440"/>
        <source>Network status unknown</source>
        <translation>حالة الشبكة غير معروفة</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="436"/>
        <source>Online</source>
        <translation>متصل</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="369"/>
        <source>next at %1</source>
        <translation>التالي في %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="438"/>
        <source>Offline — posts wait until you are back online</source>
        <translation>غير متصل — تنتظر المنشورات عودة الاتصال</translation>
    </message>
</context>
<context>
    <name>MediaPage</name>
    <message>
        <location filename="../../ui/media/page.py" line="81"/>
        <source>Media</source>
        <translation>الوسائط</translation>
    </message>
    <message>
        <location filename="../../ui/media/page.py" line="89"/>
        <source>Search by file name or description</source>
        <translation>ابحث باسم الملف أو الوصف</translation>
    </message>
    <message>
        <location filename="../../ui/media/page.py" line="95"/>
        <location filename="../../ui/media/page.py" line="120"/>
        <source>Import photos…</source>
        <translation>استيراد صور…</translation>
    </message>
    <message>
        <location filename="../../ui/media/intake.py" line="111"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../ui/media/page.py" line="115"/>
        <source>Your photos</source>
        <translation>صورك</translation>
    </message>
    <message>
        <location filename="../../ui/media/page.py" line="117"/>
        <source>Keep your product photos here, ready for every platform. Import them, drop them on this window or paste them.</source>
        <translation>احفظ صور منتجاتك هنا، جاهزة لكل منصة. استوردها أو أفلتها على هذه النافذة أو الصقها.</translation>
    </message>
    <message>
        <location filename="../../ui/media/page.py" line="143"/>
        <source>No photo matches your search.</source>
        <translation>لا توجد صورة تطابق بحثك.</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="90"/>
        <source>Click the most important spot of the photo: every crop keeps it.</source>
        <translation>انقر أهم نقطة في الصورة: كل قصّ يحافظ عليها.</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="103"/>
        <source>Description for people who cannot see the photo (alt text)</source>
        <translation>وصف لمن لا يستطيع رؤية الصورة (نص بديل)</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="108"/>
        <source>For example: Three golden croissants on a wooden board</source>
        <translation>مثال: ثلاث قطع كرواسون ذهبية على لوح خشبي</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="112"/>
        <source>Used in</source>
        <translation>مستخدمة في</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="119"/>
        <location filename="../../ui/media/page.py" line="295"/>
        <source>Delete photo</source>
        <translation>حذف الصورة</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="124"/>
        <source>What each platform will show</source>
        <translation>ما ستعرضه كل منصة</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="180"/>
        <source>Not used in any post yet</source>
        <translation>لم تُستخدم في أي منشور بعد</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="43"/>
        <location filename="../../ui/media/details.py" line="184"/>
        <source>scheduled</source>
        <translation>مجدول</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="42"/>
        <source>draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="44"/>
        <source>publishing</source>
        <translation>جارٍ النشر</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="45"/>
        <source>will retry</source>
        <translation>ستُعاد المحاولة</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="46"/>
        <source>published</source>
        <translation>تم النشر</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="47"/>
        <source>failed</source>
        <translation>فشل</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="48"/>
        <source>needs attention</source>
        <translation>يحتاج إلى مراجعة</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="49"/>
        <source>to post now</source>
        <translation>للنشر الآن</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="50"/>
        <source>skipped</source>
        <translation>تم التخطي</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="188"/>
        <source>no account yet</source>
        <translation>بلا حساب بعد</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="189"/>
        <source>Untitled post</source>
        <translation>منشور بلا عنوان</translation>
    </message>
    <message>
        <location filename="../../ui/media/page.py" line="219"/>
        <source>Import photos</source>
        <translation>استيراد الصور</translation>
    </message>
    <message>
        <location filename="../../ui/media/page.py" line="219"/>
        <source>Photos</source>
        <translation>الصور</translation>
    </message>
    <message>
        <location filename="../../ui/media/intake.py" line="168"/>
        <source>Importing %1 of %2…</source>
        <translation>جارٍ استيراد %1 من %2…</translation>
    </message>
    <message>
        <location filename="../../ui/media/page.py" line="243"/>
        <source>Import stopped.</source>
        <translation>توقف الاستيراد.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/media/page.py" line="245"/>
        <source>%n photo(s) added.</source>
        <translation>
            <numerusform>أُضيفت %n صورة.</numerusform>
            <numerusform>أُضيفت %n صورة.</numerusform>
            <numerusform>أُضيفت %n صورة.</numerusform>
            <numerusform>أُضيفت %n صور.</numerusform>
            <numerusform>أُضيفت %n صورة.</numerusform>
            <numerusform>أُضيفت %n صورة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/media/page.py" line="247"/>
        <source>%n photo(s) were already in the library.</source>
        <translation>
            <numerusform>%n صورة موجودة مسبقًا في المكتبة.</numerusform>
            <numerusform>%n صورة موجودة مسبقًا في المكتبة.</numerusform>
            <numerusform>%n صورة موجودة مسبقًا في المكتبة.</numerusform>
            <numerusform>%n صور موجودة مسبقًا في المكتبة.</numerusform>
            <numerusform>%n صورة موجودة مسبقًا في المكتبة.</numerusform>
            <numerusform>%n صورة موجودة مسبقًا في المكتبة.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/media/intake.py" line="137"/>
        <source>Pasted photo</source>
        <translation>صورة ملصقة</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/media/page.py" line="287"/>
        <source>This photo is in %n scheduled post(s):</source>
        <translation>
            <numerusform>هذه الصورة في %n منشور مجدول:</numerusform>
            <numerusform>هذه الصورة في %n منشور مجدول:</numerusform>
            <numerusform>هذه الصورة في %n منشور مجدول:</numerusform>
            <numerusform>هذه الصورة في %n منشورات مجدولة:</numerusform>
            <numerusform>هذه الصورة في %n منشورًا مجدولًا:</numerusform>
            <numerusform>هذه الصورة في %n منشور مجدول:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/media/page.py" line="289"/>
        <source>Deleting it takes it out of those posts. Delete it anyway?</source>
        <translation>حذفها يزيلها من تلك المنشورات. هل تريد حذفها رغم ذلك؟</translation>
    </message>
    <message>
        <location filename="../../ui/media/page.py" line="293"/>
        <source>Delete %1 from the library? This cannot be undone.</source>
        <translation>هل تريد حذف %1 من المكتبة؟ لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <location filename="../../ui/media/page.py" line="304"/>
        <source>%1 was deleted.</source>
        <translation>حُذف %1.</translation>
    </message>
</context>
<context>
    <name>MediaPreviews</name>
    <message>
        <location filename="../../ui/media/previews.py" line="39"/>
        <source>landscape</source>
        <translation>أفقي</translation>
    </message>
    <message>
        <location filename="../../ui/media/previews.py" line="40"/>
        <source>link</source>
        <translation>رابط</translation>
    </message>
    <message>
        <location filename="../../ui/media/previews.py" line="41"/>
        <source>photo</source>
        <translation>صورة</translation>
    </message>
    <message>
        <location filename="../../ui/media/previews.py" line="42"/>
        <source>pin</source>
        <translation>دبوس</translation>
    </message>
    <message>
        <location filename="../../ui/media/previews.py" line="43"/>
        <source>portrait</source>
        <translation>عمودي</translation>
    </message>
    <message>
        <location filename="../../ui/media/previews.py" line="44"/>
        <source>square</source>
        <translation>مربع</translation>
    </message>
    <message>
        <location filename="../../ui/media/previews.py" line="45"/>
        <source>story</source>
        <translation>قصة</translation>
    </message>
    <message>
        <location filename="../../ui/media/previews.py" line="46"/>
        <source>thumbnail</source>
        <translation>صورة مصغّرة</translation>
    </message>
    <message>
        <location filename="../../ui/media/previews.py" line="54"/>
        <source>shape kept</source>
        <translation>الشكل محفوظ</translation>
    </message>
</context>
<context>
    <name>MediaStrip</name>
    <message>
        <location filename="../../ui/composer/media_strip.py" line="101"/>
        <source>Photos</source>
        <translation>الصور</translation>
    </message>
    <message>
        <location filename="../../ui/composer/media_strip.py" line="104"/>
        <source>Add photos…</source>
        <translation>إضافة صور…</translation>
    </message>
    <message>
        <location filename="../../ui/composer/media_strip.py" line="107"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location filename="../../ui/composer/media_strip.py" line="117"/>
        <source>Drop photos here, or use Add photos…</source>
        <translation>أفلت الصور هنا، أو استخدم «إضافة صور…»</translation>
    </message>
    <message>
        <location filename="../../ui/composer/media_strip.py" line="122"/>
        <source>Describe the selected photo for people who cannot see it (alt text)</source>
        <translation>صِف الصورة المحددة لمن لا يستطيع رؤيتها (نص بديل)</translation>
    </message>
    <message>
        <location filename="../../ui/composer/media_strip.py" line="181"/>
        <source>⚠ no description</source>
        <translation>⚠ بلا وصف</translation>
    </message>
    <message>
        <location filename="../../ui/composer/media_strip.py" line="184"/>
        <source>%1: add a description so people who cannot see it know what it shows</source>
        <translation>%1: أضف وصفًا ليعرف من لا يستطيع رؤيتها ما تعرضه</translation>
    </message>
</context>
<context>
    <name>MetaWizard</name>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="74"/>
        <source>Meta lets programs like SMM Desk in only through an app of your own, made at developers.facebook.com. It is free and takes about ten minutes. You have a role on your own app, so you may use it for your own account without Meta&apos;s review.</source>
        <extracomment>The platforms this wizard sets up (the connect dialog opens it for these). &quot;A Meta app (developers.facebook.com/apps)&quot;: threads/get-started, &quot;Before you start&quot;. pages-api/create-an-app: &quot;Meta&apos;s Graph API Explorer allows you to ... get access tokens&quot;. The Access Token Debugger (Meta&apos;s tool; its &quot;Extend Access Token&quot; button is not described in Meta&apos;s reference docs, only on the tool&apos;s page itself). A paragraph before ``text`` (translated on its own: the same one on every intro).</extracomment>
        <translation>لا تسمح Meta لبرامج مثل SMM Desk بالدخول إلا عبر تطبيق خاص بك، يُنشأ على developers.facebook.com. الأمر مجاني ويستغرق نحو عشر دقائق. لك دور في تطبيقك، فيمكنك استخدامه لحسابك دون مراجعة Meta.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="80"/>
        <source>Open developers.facebook.com</source>
        <translation>فتح developers.facebook.com</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="81"/>
        <source>Open My Apps</source>
        <translation>فتح My Apps</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="99"/>
        <location filename="../../ui/accounts/meta_wizard.py" line="162"/>
        <location filename="../../ui/accounts/meta_wizard.py" line="212"/>
        <source>Before you start</source>
        <translation>قبل أن تبدأ</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="100"/>
        <source>You need your Facebook login and a Facebook Page you manage. Log in at developers.facebook.com; the first time, Meta asks you to register as a developer (free).</source>
        <translation>تحتاج إلى بيانات دخولك إلى Facebook وإلى صفحة Facebook تديرها. سجّل الدخول على developers.facebook.com؛ في المرة الأولى تطلب منك Meta التسجيل كمطوّر (مجانًا).</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="111"/>
        <location filename="../../ui/accounts/meta_wizard.py" line="176"/>
        <location filename="../../ui/accounts/meta_wizard.py" line="224"/>
        <source>Create the app</source>
        <translation>إنشاء التطبيق</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="112"/>
        <source>Click &quot;Create app&quot;. Type a name (the name of your shop will do) and your email. When Meta asks what the app is for, choose the use case &quot;Manage everything on your Page&quot;. If Meta asks for an app type instead, choose Business and add the product &quot;Facebook Login for Business&quot;.</source>
        <translation>انقر «Create app». اكتب اسمًا (يكفي اسم متجرك) وبريدك الإلكتروني. عندما تسألك Meta عن الغرض من التطبيق، اختر حالة الاستخدام «Manage everything on your Page». وإذا طلبت Meta نوع التطبيق بدلًا من ذلك، فاختر Business وأضف المنتج «Facebook Login for Business».</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="123"/>
        <location filename="../../ui/accounts/meta_wizard.py" line="234"/>
        <source>Choose the permissions</source>
        <translation>اختيار الأذونات</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="124"/>
        <source>On the Dashboard of your app, click &quot;Customize the Manage everything on your Page use case&quot;, then click Add next to each of these permissions (some are there already):</source>
        <translation>في Dashboard تطبيقك، انقر «Customize the Manage everything on your Page use case»، ثم انقر Add بجانب كل إذن من هذه الأذونات (بعضها موجود مسبقًا):</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="136"/>
        <location filename="../../ui/accounts/meta_wizard.py" line="199"/>
        <location filename="../../ui/accounts/meta_wizard.py" line="259"/>
        <source>Make a token</source>
        <translation>إنشاء رمز</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="137"/>
        <source>Open the Graph API Explorer. Under &quot;Meta App&quot; choose your app, under &quot;User or Page&quot; choose &quot;Get User Access Token&quot;, and add the permissions of the last step. Click &quot;Generate Access Token&quot;, log in and allow your Page. Then copy the token (the long text in the Access Token box).</source>
        <translation>افتح Graph API Explorer. تحت «Meta App» اختر تطبيقك، وتحت «User or Page» اختر «Get User Access Token»، وأضف أذونات الخطوة السابقة. انقر «Generate Access Token»، وسجّل الدخول واسمح بصفحتك. ثم انسخ الرمز (النص الطويل في خانة Access Token).</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="145"/>
        <source>Open the Graph API Explorer</source>
        <translation>فتح Graph API Explorer</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="148"/>
        <source>Make the token last</source>
        <translation>إطالة عمر الرمز</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="149"/>
        <source>A token from the Explorer stops working after about an hour. Open the Access Token Debugger, paste the token, click &quot;Debug&quot;, then &quot;Extend Access Token&quot; at the bottom, and copy the new token. It works for about 60 days; SMM Desk asks your Page for its own token with it each time it posts.</source>
        <translation>يتوقف الرمز الصادر من Explorer عن العمل بعد نحو ساعة. افتح Access Token Debugger، والصق الرمز، وانقر «Debug»، ثم «Extend Access Token» في الأسفل، وانسخ الرمز الجديد. يعمل نحو ٦٠ يومًا؛ وبه يطلب SMM Desk من صفحتك رمزها الخاص في كل مرة ينشر فيها.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="157"/>
        <source>Open the Access Token Debugger</source>
        <translation>فتح Access Token Debugger</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="163"/>
        <source>You need an Instagram professional account (Business or Creator); no Facebook Page is needed. Instagram fetches the photos of a post from a web address, so unless photo hosting is set up, SMM Desk prepares your Instagram posts and reminds you to post them (assisted). You may skip the setup: leave the token empty at the end.</source>
        <translation>تحتاج إلى حساب Instagram احترافي (نشاط تجاري أو صانع محتوى)؛ ولا حاجة إلى صفحة Facebook. يجلب Instagram صور المنشور من عنوان ويب، لذا ما لم تُعدّ استضافة الصور، يجهّز SMM Desk منشوراتك على Instagram ويذكّرك بنشرها (بمساعدتك). يمكنك تخطي الإعداد: اترك الرمز فارغًا في النهاية.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="177"/>
        <source>Click &quot;Create app&quot;. Type a name (the name of your shop will do) and your email. Choose the use case &quot;Manage messaging and content on Instagram&quot;. If Meta asks for an app type, choose Business.</source>
        <translation>انقر «Create app». اكتب اسمًا (يكفي اسم متجرك) وبريدك الإلكتروني. اختر حالة الاستخدام «Manage messaging and content on Instagram». وإذا طلبت Meta نوع التطبيق، فاختر Business.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="187"/>
        <source>Set up Instagram login</source>
        <translation>إعداد تسجيل الدخول إلى Instagram</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="188"/>
        <source>On the Dashboard of your app, click &quot;Customize the Manage messaging and content on Instagram use case&quot; and choose &quot;API setup with Instagram login&quot;. It adds the permissions SMM Desk needs:</source>
        <translation>في Dashboard تطبيقك، انقر «Customize the Manage messaging and content on Instagram use case» واختر «API setup with Instagram login». يضيف ذلك الأذونات التي يحتاجها SMM Desk:</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="200"/>
        <source>In the menu on the left, click Instagram &gt; &quot;API setup with Instagram business login&quot;. Click &quot;Generate token&quot; next to your Instagram account (if it is not listed, click &quot;Add account&quot; first), log in to Instagram and copy the token.</source>
        <translation>في القائمة على اليسار، انقر ⁦Instagram &gt; API setup with Instagram business login⁩. انقر «Generate token» بجانب حسابك على Instagram (إن لم يكن مدرجًا، فانقر «Add account» أولًا)، وسجّل الدخول إلى Instagram وانسخ الرمز.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="213"/>
        <source>You need your Threads profile and your Facebook login for developers.facebook.com; the first time, Meta asks you to register as a developer (free).</source>
        <translation>تحتاج إلى ملفك الشخصي على Threads وإلى بيانات دخولك إلى Facebook من أجل developers.facebook.com؛ في المرة الأولى تطلب منك Meta التسجيل كمطوّر (مجانًا).</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="225"/>
        <source>Click &quot;Create app&quot;. Type a name (the name of your shop will do) and your email, and choose the use case &quot;Access the Threads API&quot;.</source>
        <translation>انقر «Create app». اكتب اسمًا (يكفي اسم متجرك) وبريدك الإلكتروني، واختر حالة الاستخدام «Access the Threads API».</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="235"/>
        <source>On the Dashboard of your app, click &quot;Customize the Access the Threads API use case&quot; and click Add next to threads_content_publish and threads_manage_insights (threads_basic is there already):</source>
        <translation>في Dashboard تطبيقك، انقر «Customize the Access the Threads API use case» وانقر Add بجانب threads_content_publish وthreads_manage_insights (الإذن threads_basic موجود مسبقًا):</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="247"/>
        <source>Add yourself as a tester</source>
        <translation>إضافة نفسك كمختبِر</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="248"/>
        <source>Until Meta reviews an app, only its testers may use it. In your app, open App roles &gt; Roles, click &quot;Add People&quot;, choose &quot;Threads Tester&quot; and type your Threads username. Then accept the invitation in Threads: Settings &gt; Account &gt; Website permissions &gt; Invites.</source>
        <translation>لا يستخدم التطبيق قبل أن تراجعه Meta إلا مختبِروه. في تطبيقك، افتح ⁦App roles &gt; Roles⁩، وانقر «Add People»، واختر «Threads Tester» واكتب اسم المستخدم الخاص بك على Threads. ثم اقبل الدعوة في Threads: ⁦Settings &gt; Account &gt; Website permissions &gt; Invites⁩.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="260"/>
        <source>Back in &quot;Customize the Access the Threads API use case&quot;, open Settings. Under &quot;User Token Generator&quot;, click &quot;Generate access token&quot; next to your profile, allow it, and copy the token.</source>
        <translation>ارجع إلى «Customize the Access the Threads API use case» وافتح Settings. تحت «User Token Generator»، انقر «Generate access token» بجانب ملفك الشخصي، واسمح به، وانسخ الرمز.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="275"/>
        <source>Page ID</source>
        <translation>معرّف الصفحة</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="277"/>
        <source>Your Page ID is a number: on your Page, open About &gt; Page transparency.</source>
        <translation>معرّف صفحتك رقم: في صفحتك، افتح ⁦About &gt; Page transparency⁩.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="281"/>
        <location filename="../../ui/accounts/meta_wizard.py" line="296"/>
        <source>Token</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="284"/>
        <source>Instagram username</source>
        <translation>اسم المستخدم على Instagram</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="286"/>
        <source>Leave the token empty to skip the setup: SMM Desk then only reminds you to post.</source>
        <translation>اترك الرمز فارغًا لتخطي الإعداد: عندها يكتفي SMM Desk بتذكيرك بالنشر.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="290"/>
        <source>Token (optional)</source>
        <translation>الرمز (اختياري)</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="293"/>
        <source>Threads username</source>
        <translation>اسم المستخدم على Threads</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="302"/>
        <source>From now on SMM Desk posts your Facebook posts at the planned time by itself: text, links and up to 10 photos.</source>
        <translation>من الآن فصاعدًا ينشر SMM Desk منشوراتك على Facebook في الوقت المخطط بنفسه: النص والروابط وحتى ١٠ صور.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="307"/>
        <source>SMM Desk keeps the token and checks the account with it. Instagram fetches photos from a web address, so until photo hosting is set up your Instagram posts stay assisted: SMM Desk prepares each one and reminds you to post it.</source>
        <translation>يحفظ SMM Desk الرمز ويتحقق به من الحساب. يجلب Instagram الصور من عنوان ويب، لذا تبقى منشوراتك على Instagram بمساعدتك حتى تُعدّ استضافة الصور: يجهّز SMM Desk كل منشور ويذكّرك بنشره.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="313"/>
        <source>From now on SMM Desk posts your Threads posts at the planned time by itself (text up to 500 characters). Threads fetches photos from a web address, so a post with photos stays assisted: SMM Desk reminds you to post it.</source>
        <translation>من الآن فصاعدًا ينشر SMM Desk منشوراتك على Threads في الوقت المخطط بنفسه (نص حتى ٥٠٠ حرف). يجلب Threads الصور من عنوان ويب، لذا يبقى المنشور الذي فيه صور بمساعدتك: يذكّرك SMM Desk بنشره.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="320"/>
        <source>SMM Desk prepares your Instagram posts and reminds you when they are due. Run this setup again (Reconnect) when you want SMM Desk to check the account too.</source>
        <translation>يجهّز SMM Desk منشوراتك على Instagram ويذكّرك عندما يحين موعدها. شغّل هذا الإعداد مجددًا (إعادة الربط) عندما تريد أن يتحقق SMM Desk من الحساب أيضًا.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="541"/>
        <source>Set up %1</source>
        <extracomment>Opens a web address in the browser (tests record it instead).</extracomment>
        <translation>إعداد %1</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="546"/>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="547"/>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="548"/>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="549"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="557"/>
        <location filename="../../ui/accounts/meta_wizard.py" line="560"/>
        <source>Step %1 of %2: %3</source>
        <translation>الخطوة %1 من %2: %3</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="591"/>
        <source>%1 did not accept this token. Click Back and paste it again (all of it); if it still fails, make a new token as the steps explain.</source>
        <translation>لم يقبل %1 هذا الرمز. انقر «رجوع» والصقه مجددًا (كاملًا)؛ وإن استمر الفشل، فأنشئ رمزًا جديدًا كما تشرح الخطوات.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="598"/>
        <source>%1

Click Back to change the token, or follow the steps again.</source>
        <translation>%1

انقر «رجوع» لتغيير الرمز، أو اتبع الخطوات مجددًا.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="602"/>
        <source>Connecting failed unexpectedly (%1). Try again; details are in the log.</source>
        <translation>فشل الربط على نحو غير متوقع (%1). حاول مرة أخرى؛ التفاصيل في السجل.</translation>
    </message>
</context>
<context>
    <name>MissedPostsDialog</name>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="50"/>
        <source>Posts that missed their time</source>
        <translation>منشورات فات موعدها</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="55"/>
        <source>These posts were due while SMM Desk was closed, so they were not sent. Choose for each: post it now, pick a new time, or skip it.</source>
        <translation>حان موعد هذه المنشورات وSMM Desk مغلق، فلم تُرسل. اختر لكل منها: انشره الآن، أو حدّد وقتًا جديدًا، أو تخطَّه.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="63"/>
        <source>Was due</source>
        <translation>الموعد</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="63"/>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="63"/>
        <source>Post</source>
        <translation>المنشور</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="75"/>
        <source>Post now</source>
        <translation>انشر الآن</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="81"/>
        <source>Move to this time</source>
        <translation>انقل إلى هذا الوقت</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="83"/>
        <source>Skip</source>
        <translation>تخطي</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="95"/>
        <source>Decide later</source>
        <translation>لاحقًا</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="122"/>
        <source>Select one or more posts first.</source>
        <translation>حدّد منشورًا أو أكثر أولًا.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="144"/>
        <source>They will be sent in a moment.</source>
        <translation>ستُرسل بعد لحظات.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="152"/>
        <source>Moved to the new time.</source>
        <translation>نُقلت إلى الوقت الجديد.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="158"/>
        <source>Skipped: they stay in the plan, unsent.</source>
        <translation>تم التخطي: تبقى في الخطة دون إرسال.</translation>
    </message>
</context>
<context>
    <name>MixBar</name>
    <message>
        <location filename="../../ui/calendar/mix_bar.py" line="33"/>
        <source>No rubrics yet: rubrics are the kinds of post you make (products, tips, offers…), and this bar shows their mix against your targets.</source>
        <translation>لا فئات بعد: الفئات هي أنواع المنشورات التي تنشرها (منتجات، نصائح، عروض…)، ويعرض هذا الشريط توزيعها مقارنةً بأهدافك.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/mix_bar.py" line="40"/>
        <source>Add a rubric…</source>
        <translation>إضافة فئة…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/mix_bar.py" line="63"/>
        <source>No rubric</source>
        <translation>بلا فئة</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/mix_bar.py" line="69"/>
        <source>%1: %2 (target %3)</source>
        <translation>%1: %2 (الهدف %3)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar/mix_bar.py" line="76"/>
        <source>Rubric mix of %n post(s): </source>
        <translation>
            <numerusform>توزيع الفئات لـ %n منشور: </numerusform>
            <numerusform>توزيع الفئات لـ %n منشور: </numerusform>
            <numerusform>توزيع الفئات لـ %n منشور: </numerusform>
            <numerusform>توزيع الفئات لـ %n منشورات: </numerusform>
            <numerusform>توزيع الفئات لـ %n منشورًا: </numerusform>
            <numerusform>توزيع الفئات لـ %n منشور: </numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/calendar/mix_bar.py" line="79"/>
        <source>No posts in this month yet: the mix shows once you plan some.</source>
        <translation>لا منشورات في هذا الشهر بعد: يظهر التوزيع عندما تخطط لبعضها.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/mix_bar.py" line="134"/>
        <source>%1 target</source>
        <translation>الهدف %1</translation>
    </message>
</context>
<context>
    <name>MoveToDateDialog</name>
    <message>
        <location filename="../../ui/calendar/post_menu.py" line="40"/>
        <source>Move to a date</source>
        <translation>نقل إلى تاريخ</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_menu.py" line="42"/>
        <source>The post keeps its time of day.</source>
        <translation>يبقى المنشور في الوقت نفسه من اليوم.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_menu.py" line="53"/>
        <source>Move</source>
        <translation>نقل</translation>
    </message>
</context>
<context>
    <name>NavigationBar</name>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="49"/>
        <source>Previous (Page Up)</source>
        <translation>السابق (Page Up)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="52"/>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="53"/>
        <source>Go to today (Ctrl+T)</source>
        <translation>الانتقال إلى اليوم (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="57"/>
        <source>Next (Page Down)</source>
        <translation>التالي (Page Down)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="70"/>
        <source>Month</source>
        <translation>شهر</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="70"/>
        <source>Week</source>
        <translation>أسبوع</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="70"/>
        <source>List</source>
        <translation>قائمة</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="85"/>
        <source>Calendar system</source>
        <translation>نظام التقويم</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="87"/>
        <source>Gregorian</source>
        <translation>ميلادي</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="88"/>
        <source>Persian (Jalali)</source>
        <translation>هجري شمسي (جلالي)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="89"/>
        <source>Islamic (civil)</source>
        <translation>هجري (مدني)</translation>
    </message>
</context>
<context>
    <name>OverlayPanel</name>
    <message>
        <location filename="../../ui/media/overlay_panel.py" line="27"/>
        <source>Bottom right</source>
        <translation>أسفل اليمين</translation>
    </message>
    <message>
        <location filename="../../ui/media/overlay_panel.py" line="28"/>
        <source>Bottom left</source>
        <translation>أسفل اليسار</translation>
    </message>
    <message>
        <location filename="../../ui/media/overlay_panel.py" line="29"/>
        <source>Top right</source>
        <translation>أعلى اليمين</translation>
    </message>
    <message>
        <location filename="../../ui/media/overlay_panel.py" line="30"/>
        <source>Top left</source>
        <translation>أعلى اليسار</translation>
    </message>
    <message>
        <location filename="../../ui/media/overlay_panel.py" line="42"/>
        <source>Your logo on the photos you post</source>
        <translation>شعارك على الصور التي تنشرها</translation>
    </message>
    <message>
        <location filename="../../ui/media/overlay_panel.py" line="47"/>
        <source>Add my logo (the photos in your library stay as they are)</source>
        <translation>أضف شعاري (تبقى صور المكتبة كما هي)</translation>
    </message>
    <message>
        <location filename="../../ui/media/overlay_panel.py" line="51"/>
        <location filename="../../ui/media/overlay_panel.py" line="85"/>
        <source>No logo chosen yet</source>
        <translation>لم يُختر شعار بعد</translation>
    </message>
    <message>
        <location filename="../../ui/media/overlay_panel.py" line="52"/>
        <source>Choose logo…</source>
        <translation>اختيار شعار…</translation>
    </message>
    <message>
        <location filename="../../ui/media/overlay_panel.py" line="56"/>
        <source>Logo</source>
        <translation>الشعار</translation>
    </message>
    <message>
        <location filename="../../ui/media/overlay_panel.py" line="60"/>
        <source>Corner</source>
        <translation>الزاوية</translation>
    </message>
    <message>
        <location filename="../../ui/media/overlay_panel.py" line="63"/>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <location filename="../../ui/media/overlay_panel.py" line="66"/>
        <source>Visibility</source>
        <translation>الوضوح</translation>
    </message>
    <message>
        <location filename="../../ui/media/overlay_panel.py" line="85"/>
        <source>Logo chosen</source>
        <translation>تم اختيار الشعار</translation>
    </message>
    <message>
        <location filename="../../ui/media/overlay_panel.py" line="108"/>
        <source>Choose your logo</source>
        <translation>اختر شعارك</translation>
    </message>
    <message>
        <location filename="../../ui/media/overlay_panel.py" line="110"/>
        <source>Pictures</source>
        <translation>الصور</translation>
    </message>
</context>
<context>
    <name>PastePage</name>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="386"/>
        <source>Paste the token here</source>
        <translation>الصق الرمز هنا</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="390"/>
        <source>SMM Desk keeps the token in your computer&apos;s password store, never in its data file. The next page checks it with the platform.</source>
        <translation>يحفظ SMM Desk الرمز في مخزن كلمات المرور في حاسوبك، لا في ملف بياناته أبدًا. تتحقق الصفحة التالية منه مع المنصة.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="404"/>
        <source>Paste the token</source>
        <translation>الصق الرمز</translation>
    </message>
</context>
<context>
    <name>PhotoHostingDialog</name>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="38"/>
        <source>Photo hosting</source>
        <translation>استضافة الصور</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="43"/>
        <source>Instagram, and Threads for posts with photos, fetch each photo from a web address. With a storage bucket of your own (Amazon S3, Cloudflare R2, Backblaze B2, Wasabi, MinIO…), SMM Desk puts each photo there for one hour under a name nobody can guess, gives Instagram a private link to it, and deletes it after posting. Without one, those posts stay assisted: SMM Desk reminds you and you post them.</source>
        <translation>يجلب Instagram، وThreads للمنشورات التي فيها صور، كل صورة من عنوان ويب. بحاوية تخزين خاصة بك (Amazon S3 أو Cloudflare R2 أو Backblaze B2 أو Wasabi أو MinIO…)، يضع SMM Desk كل صورة فيها لمدة ساعة باسم لا يمكن تخمينه، ويعطي Instagram رابطًا خاصًا إليها، ويحذفها بعد النشر. ومن دونها، تبقى تلك المنشورات بمساعدتك: يذكّرك SMM Desk وتنشرها أنت.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="57"/>
        <source>e.g. eu-central-1 (auto on Cloudflare R2)</source>
        <translation>مثل ⁦eu-central-1⁩ (⁦auto⁩ على Cloudflare R2)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="65"/>
        <source>Endpoint address</source>
        <translation>نقطة النهاية (Endpoint)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="66"/>
        <source>Region</source>
        <translation>المنطقة (Region)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="67"/>
        <source>Bucket</source>
        <translation>الحاوية (Bucket)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="68"/>
        <source>Access key ID</source>
        <translation>معرّف مفتاح الوصول</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="69"/>
        <source>Secret key</source>
        <translation>المفتاح السري</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="73"/>
        <source>Make keys for this bucket only, allowed to put, read, list and delete files. SMM Desk keeps both keys in your system keyring, never in its database.</source>
        <translation>أنشئ مفاتيح لهذه الحاوية وحدها، يُسمح لها بوضع الملفات وقراءتها وسردها وحذفها. يحفظ SMM Desk المفتاحين في مخزن كلمات المرور في نظامك، لا في قاعدة بياناته أبدًا.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="91"/>
        <source>Test</source>
        <translation>اختبار</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="92"/>
        <source>Test and save</source>
        <translation>اختبار وحفظ</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="93"/>
        <source>Stop using it</source>
        <translation>إيقاف الاستخدام</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="108"/>
        <source>Saved in your keyring; type to replace</source>
        <translation>محفوظ في مخزن كلمات المرور؛ اكتب للاستبدال</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="119"/>
        <source>Not set up: Instagram posts, and Threads posts with photos, are assisted.</source>
        <translation>غير مُعدّة: منشورات Instagram، ومنشورات Threads التي فيها صور، تُنشر بمساعدتك.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="124"/>
        <source>In use: Instagram and Threads photos go through bucket %1 at %2.</source>
        <translation>قيد الاستخدام: تمر صور Instagram وThreads عبر الحاوية %1 على %2.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="158"/>
        <source>Testing: storing a small file, reading it back, deleting it…</source>
        <translation>جارٍ الاختبار: تخزين ملف صغير، ثم قراءته، ثم حذفه…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="165"/>
        <source>It works: SMM Desk stored a small file, read it back through a private link and deleted it. Click “Test and save” to use this bucket.</source>
        <translation>تعمل: خزّن SMM Desk ملفًا صغيرًا وقرأه عبر رابط خاص ثم حذفه. انقر «اختبار وحفظ» لاستخدام هذه الحاوية.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="175"/>
        <source>Testing, then saving…</source>
        <translation>جارٍ الاختبار ثم الحفظ…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="189"/>
        <source>Saved. Posts due from now on are sent by SMM Desk itself.</source>
        <translation>حُفظت. المنشورات التي يحين موعدها من الآن يرسلها SMM Desk بنفسه.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="210"/>
        <source>The storage service said: %1</source>
        <translation>قالت خدمة التخزين: %1</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="216"/>
        <source>The test stopped on an unexpected error (%1).</source>
        <translation>توقف الاختبار بسبب خطأ غير متوقع (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="225"/>
        <source>Fill in the endpoint address, the region, the bucket and both keys.</source>
        <translation>املأ عنوان نقطة النهاية والمنطقة والحاوية والمفتاحين.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="228"/>
        <source>Check the endpoint address: it starts with https:// and has no path, e.g. https://s3.eu-central-1.amazonaws.com (the bucket goes in its own field).</source>
        <translation>تحقّق من عنوان نقطة النهاية: يبدأ بـ ⁦https://⁩ وليس فيه مسار، مثل ⁦https://s3.eu-central-1.amazonaws.com⁩ (للحاوية خانتها الخاصة).</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="233"/>
        <source>The storage service refused the keys. Check the access key ID and the secret key; copy them again from the service&apos;s console.</source>
        <translation>رفضت خدمة التخزين المفاتيح. تحقّق من معرّف مفتاح الوصول والمفتاح السري؛ وانسخهما مجددًا من لوحة تحكم الخدمة.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="239"/>
        <source>There is no bucket named %1 at this address. Check the bucket name, the endpoint address and the region.</source>
        <translation>لا توجد حاوية باسم %1 على هذا العنوان. تحقّق من اسم الحاوية وعنوان نقطة النهاية والمنطقة.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="246"/>
        <source>The keys work, but may not put, read, list or delete files in this bucket. Give them those rights on this bucket in the service&apos;s console.</source>
        <translation>المفاتيح تعمل، لكن لا يُسمح لها بوضع الملفات أو قراءتها أو سردها أو حذفها في هذه الحاوية. امنحها هذه الصلاحيات على هذه الحاوية في لوحة تحكم الخدمة.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="251"/>
        <source>SMM Desk could not reach the storage service. Check the endpoint address and your internet connection.</source>
        <translation>تعذّر على SMM Desk الوصول إلى خدمة التخزين. تحقّق من عنوان نقطة النهاية ومن اتصالك بالإنترنت.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="256"/>
        <source>The test file was stored, but its private link did not give it back. Check that the endpoint address is the bucket&apos;s own address.</source>
        <translation>خُزّن ملف الاختبار، لكن رابطه الخاص لم يُرجعه. تحقّق من أن عنوان نقطة النهاية هو عنوان الحاوية نفسها.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="259"/>
        <source>The storage service refused the test. Nothing was saved.</source>
        <translation>رفضت خدمة التخزين الاختبار. لم يُحفظ شيء.</translation>
    </message>
</context>
<context>
    <name>PhotoIntake</name>
    <message>
        <location filename="../../ui/composer/photo_intake.py" line="75"/>
        <source>Add photos</source>
        <translation>إضافة صور</translation>
    </message>
    <message>
        <location filename="../../ui/composer/photo_intake.py" line="77"/>
        <source>Photos (*.jpg *.jpeg *.png *.webp *.gif *.heic *.heif)</source>
        <translation>الصور (*.jpg *.jpeg *.png *.webp *.gif *.heic *.heif)</translation>
    </message>
    <message>
        <location filename="../../ui/composer/photo_intake.py" line="91"/>
        <source>Pasted %1.png</source>
        <translation>ملصق %1.png</translation>
    </message>
</context>
<context>
    <name>PlanActionsBar</name>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="65"/>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="68"/>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="88"/>
        <source>How many days Earlier, Later and Duplicate move or copy the selected posts</source>
        <translation>عدد الأيام التي تنقل بها أزرار «تقديم» و«تأخير» و«تكرار» المنشورات المحددة أو تنسخها</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="96"/>
        <source>Earlier</source>
        <translation>تقديم</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="98"/>
        <source>Later</source>
        <translation>تأخير</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="100"/>
        <source>Duplicate</source>
        <translation>تكرار</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="104"/>
        <source>Back to ideas</source>
        <translation>إلى الأفكار</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="106"/>
        <source>Take the selected posts off the calendar; they stay in your ideas</source>
        <translation>أزِل المنشورات المحددة من التقويم؛ تبقى في أفكارك</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="109"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="110"/>
        <source>Delete the selected posts (Delete)</source>
        <translation>حذف المنشورات المحددة (Delete)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="122"/>
        <source>Import CSV…</source>
        <translation>استيراد CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="123"/>
        <source>Import posts from a spreadsheet (CSV)</source>
        <translation>استيراد منشورات من جدول بيانات (CSV)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="125"/>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="126"/>
        <source>Save the plan as a CSV or a calendar (.ics) file</source>
        <translation>احفظ الخطة كملف CSV أو ملف تقويم (⁦.ics⁩)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="128"/>
        <source>Rubrics…</source>
        <translation>الفئات…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="130"/>
        <source>Posting times…</source>
        <translation>أوقات النشر…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="137"/>
        <source>Set up</source>
        <translation>إعداد</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="139"/>
        <source>Rubrics and posting times</source>
        <translation>الفئات وأوقات النشر</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="143"/>
        <source>Ideas</source>
        <translation>الأفكار</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="145"/>
        <source>Show or hide the ideas and the post details</source>
        <translation>إظهار الأفكار وتفاصيل المنشور أو إخفاؤها</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar/actions_bar.py" line="181"/>
        <source>%n selected</source>
        <translation>
            <numerusform>المحدد: %n</numerusform>
            <numerusform>المحدد: %n</numerusform>
            <numerusform>المحدد: %n</numerusform>
            <numerusform>المحدد: %n</numerusform>
            <numerusform>المحدد: %n</numerusform>
            <numerusform>المحدد: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="183"/>
        <source>No post selected</source>
        <translation>لم يُحدَّد منشور</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="186"/>
        <source>Click a post to select it; Ctrl-click to select several</source>
        <translation>انقر منشورًا لتحديده؛ Ctrl مع النقر لتحديد عدة منشورات</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="192"/>
        <source>by </source>
        <translation>بمقدار </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar/actions_bar.py" line="193"/>
        <source> day(s)</source>
        <translation>
            <numerusform> يوم</numerusform>
            <numerusform> يوم</numerusform>
            <numerusform> يوم</numerusform>
            <numerusform> أيام</numerusform>
            <numerusform> يومًا</numerusform>
            <numerusform> يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar/actions_bar.py" line="206"/>
        <source>Move the selected posts %n day(s) earlier, same time of day (%1)</source>
        <translation>
            <numerusform>قدّم المنشورات المحددة %n يوم، في الساعة نفسها (⁦%1⁩)</numerusform>
            <numerusform>قدّم المنشورات المحددة %n يوم، في الساعة نفسها (⁦%1⁩)</numerusform>
            <numerusform>قدّم المنشورات المحددة %n يوم، في الساعة نفسها (⁦%1⁩)</numerusform>
            <numerusform>قدّم المنشورات المحددة %n أيام، في الساعة نفسها (⁦%1⁩)</numerusform>
            <numerusform>قدّم المنشورات المحددة %n يومًا، في الساعة نفسها (⁦%1⁩)</numerusform>
            <numerusform>قدّم المنشورات المحددة %n يوم، في الساعة نفسها (⁦%1⁩)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar/actions_bar.py" line="217"/>
        <source>Move the selected posts %n day(s) later, same time of day (%1)</source>
        <translation>
            <numerusform>أخّر المنشورات المحددة %n يوم، في الساعة نفسها (⁦%1⁩)</numerusform>
            <numerusform>أخّر المنشورات المحددة %n يوم، في الساعة نفسها (⁦%1⁩)</numerusform>
            <numerusform>أخّر المنشورات المحددة %n يوم، في الساعة نفسها (⁦%1⁩)</numerusform>
            <numerusform>أخّر المنشورات المحددة %n أيام، في الساعة نفسها (⁦%1⁩)</numerusform>
            <numerusform>أخّر المنشورات المحددة %n يومًا، في الساعة نفسها (⁦%1⁩)</numerusform>
            <numerusform>أخّر المنشورات المحددة %n يوم، في الساعة نفسها (⁦%1⁩)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move the selected posts %n day(s) earlier, same time of day (Alt+←)</source>
        <translation type="vanished">
            <numerusform>قدّم المنشورات المحددة %n يوم، في الساعة نفسها (Alt+←)</numerusform>
            <numerusform>قدّم المنشورات المحددة %n يوم، في الساعة نفسها (Alt+←)</numerusform>
            <numerusform>قدّم المنشورات المحددة %n يوم، في الساعة نفسها (Alt+←)</numerusform>
            <numerusform>قدّم المنشورات المحددة %n أيام، في الساعة نفسها (Alt+←)</numerusform>
            <numerusform>قدّم المنشورات المحددة %n يومًا، في الساعة نفسها (Alt+←)</numerusform>
            <numerusform>قدّم المنشورات المحددة %n يوم، في الساعة نفسها (Alt+←)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move the selected posts %n day(s) later, same time of day (Alt+→)</source>
        <translation type="vanished">
            <numerusform>أخّر المنشورات المحددة %n يوم، في الساعة نفسها (Alt+→)</numerusform>
            <numerusform>أخّر المنشورات المحددة %n يوم، في الساعة نفسها (Alt+→)</numerusform>
            <numerusform>أخّر المنشورات المحددة %n يوم، في الساعة نفسها (Alt+→)</numerusform>
            <numerusform>أخّر المنشورات المحددة %n أيام، في الساعة نفسها (Alt+→)</numerusform>
            <numerusform>أخّر المنشورات المحددة %n يومًا، في الساعة نفسها (Alt+→)</numerusform>
            <numerusform>أخّر المنشورات المحددة %n يوم، في الساعة نفسها (Alt+→)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar/actions_bar.py" line="225"/>
        <source>Copy the selected posts %n day(s) later (Ctrl+D)</source>
        <translation>
            <numerusform>انسخ المنشورات المحددة بعد %n يوم (Ctrl+D)</numerusform>
            <numerusform>انسخ المنشورات المحددة بعد %n يوم (Ctrl+D)</numerusform>
            <numerusform>انسخ المنشورات المحددة بعد %n يوم (Ctrl+D)</numerusform>
            <numerusform>انسخ المنشورات المحددة بعد %n أيام (Ctrl+D)</numerusform>
            <numerusform>انسخ المنشورات المحددة بعد %n يومًا (Ctrl+D)</numerusform>
            <numerusform>انسخ المنشورات المحددة بعد %n يوم (Ctrl+D)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanModels</name>
    <message>
        <location filename="../../ui/calendar/models.py" line="59"/>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="60"/>
        <source>Scheduled</source>
        <translation>مجدول</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="61"/>
        <source>Publishing</source>
        <translation>جارٍ النشر</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="62"/>
        <source>Will retry</source>
        <translation>ستُعاد المحاولة</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="63"/>
        <source>Published</source>
        <translation>تم النشر</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="64"/>
        <source>Failed</source>
        <translation>فشل</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="65"/>
        <source>Needs attention</source>
        <translation>يحتاج إلى مراجعة</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="66"/>
        <source>Post it now</source>
        <translation>انشره الآن</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="67"/>
        <source>Skipped</source>
        <translation>تم التخطي</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="229"/>
        <location filename="../../ui/calendar/week.py" line="179"/>
        <source>%n post(s)</source>
        <translation>المنشورات: %n</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="235"/>
        <source>one of your posting days, nothing planned yet</source>
        <translation>أحد أيام نشرك، لا شيء مخطط بعد</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="252"/>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="253"/>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="254"/>
        <source>Accounts</source>
        <translation>الحسابات</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="255"/>
        <source>Rubric</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="256"/>
        <source>Post</source>
        <translation>المنشور</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="257"/>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="327"/>
        <source>No rubric</source>
        <translation>بلا فئة</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="379"/>
        <source>(no text yet)</source>
        <translation>(لا نص بعد)</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../ui/calendar/page.py" line="356"/>
        <source>The plan could not be loaded: %1</source>
        <translation>تعذّر تحميل الخطة: %1</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/view_apply.py" line="44"/>
        <source>%1 posts in view · %2 days of your posting rhythm still empty · %3 ideas</source>
        <translation>المنشورات المعروضة: %1 · أيام فارغة من إيقاع نشرك: %2 · الأفكار: %3</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/view_apply.py" line="55"/>
        <source>%1 posts in view · %2 ideas</source>
        <translation>المنشورات المعروضة: %1 · الأفكار: %2</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/view_apply.py" line="73"/>
        <source>%1 added: SMM Desk reminds you when its posts are due. Next: write your first post in Compose (Ctrl+N).</source>
        <translation>أُضيف %1: يذكّرك SMM Desk عندما يحين موعد منشوراته. التالي: اكتب منشورك الأول في «كتابة» (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/view_apply.py" line="82"/>
        <source>%1 is connected and works. Next: write your first post in Compose (Ctrl+N).</source>
        <translation>%1 مرتبط ويعمل. التالي: اكتب منشورك الأول في «كتابة» (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/opening.py" line="28"/>
        <source>That day is over: double-click today or a later day.</source>
        <translation>انتهى ذلك اليوم: انقر نقرًا مزدوجًا على اليوم أو على يوم لاحق.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/opening.py" line="36"/>
        <source>Connect an account first (Accounts), then plan posts.</source>
        <translation>اربط حسابًا أولًا (الحسابات)، ثم خطّط للمنشورات.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/changes.py" line="125"/>
        <source>Kept as a draft on %1, not scheduled: %2 Open it to fix this, then schedule it.</source>
        <translation>حُفظ مسودةً بتاريخ %1 دون جدولة: %2 افتحه لإصلاح ذلك، ثم جدوِله.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/changes.py" line="195"/>
        <source>Imported %1 posts (%2 of them as ideas). Ctrl+Z takes the import back.</source>
        <translation>استُوردت المنشورات: %1 (منها %2 أفكار). يتراجع Ctrl+Z عن الاستيراد.</translation>
    </message>
</context>
<context>
    <name>PlanUndo</name>
    <message>
        <location filename="../../ui/calendar/undo.py" line="20"/>
        <source>Move post</source>
        <translation>نقل منشور</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/undo.py" line="21"/>
        <source>Move posts</source>
        <translation>نقل منشورات</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/undo.py" line="22"/>
        <source>Back to ideas</source>
        <translation>إعادة إلى الأفكار</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/undo.py" line="23"/>
        <source>Schedule idea</source>
        <translation>جدولة فكرة</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/undo.py" line="24"/>
        <source>Schedule ideas</source>
        <translation>جدولة أفكار</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/undo.py" line="25"/>
        <source>Add to queue</source>
        <translation>إضافة إلى الطابور</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/undo.py" line="26"/>
        <source>Duplicate post</source>
        <translation>تكرار منشور</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/undo.py" line="27"/>
        <source>Duplicate posts</source>
        <translation>تكرار منشورات</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/undo.py" line="28"/>
        <source>Delete post</source>
        <translation>حذف منشور</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/undo.py" line="29"/>
        <source>Delete posts</source>
        <translation>حذف منشورات</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/undo.py" line="30"/>
        <source>Import CSV</source>
        <translation>استيراد CSV</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/undo.py" line="31"/>
        <source>Post now</source>
        <translation>النشر الآن</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/undo.py" line="42"/>
        <source>Move %n day(s) earlier</source>
        <translation>تقديم (بالأيام: %n)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/undo.py" line="44"/>
        <source>Move %n day(s) later</source>
        <translation>تأخير (بالأيام: %n)</translation>
    </message>
</context>
<context>
    <name>PlatformPreviews</name>
    <message>
        <location filename="../../ui/media/previews.py" line="191"/>
        <source>No preview</source>
        <translation>لا معاينة</translation>
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
        <translation>يستلمها %1 بحجم %2 × %3 بكسل.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/post_preview.py" line="171"/>
        <source>more</source>
        <translation>المزيد</translation>
    </message>
    <message>
        <location filename="../../ui/composer/post_preview.py" line="174"/>
        <source>The feed shows the start; the rest sits behind “more”.</source>
        <translation>يعرض موجز الأخبار البداية؛ والباقي خلف «المزيد».</translation>
    </message>
    <message>
        <location filename="../../ui/composer/post_preview.py" line="176"/>
        <source>The red part does not fit on %1.</source>
        <translation>الجزء الأحمر لا يتسع على %1.</translation>
    </message>
</context>
<context>
    <name>PostMenu</name>
    <message>
        <location filename="../../ui/calendar/post_menu.py" line="83"/>
        <source>Edit</source>
        <translation>تحرير</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar/post_menu.py" line="87"/>
        <source>Duplicate (%n day(s) later)</source>
        <translation>
            <numerusform>تكرار (بعد %n يوم)</numerusform>
            <numerusform>تكرار (بعد %n يوم)</numerusform>
            <numerusform>تكرار (بعد %n يوم)</numerusform>
            <numerusform>تكرار (بعد %n أيام)</numerusform>
            <numerusform>تكرار (بعد %n يومًا)</numerusform>
            <numerusform>تكرار (بعد %n يوم)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_menu.py" line="93"/>
        <source>Move to a date…</source>
        <translation>نقل إلى تاريخ…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_menu.py" line="100"/>
        <source>Post now</source>
        <translation>انشر الآن</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_menu.py" line="108"/>
        <source>Back to ideas</source>
        <translation>إلى الأفكار</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_menu.py" line="112"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_menu.py" line="136"/>
        <source>Moved to %1. Ctrl+Z moves it back.</source>
        <translation>نُقل إلى %1. اضغط Ctrl+Z لإعادته.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_menu.py" line="152"/>
        <source>It goes out now. Ctrl+Z takes it back until then.</source>
        <translation>سيُنشر الآن. يمكنك التراجع بـ Ctrl+Z قبل أن يُنشر.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_menu.py" line="155"/>
        <source>It is ready to post now: SMM Desk shows you the text and photos.</source>
        <translation>أصبح جاهزًا للنشر الآن: يعرض لك SMM Desk النص والصور.</translation>
    </message>
</context>
<context>
    <name>PostProblemDialog</name>
    <message>
        <source>Check this post on {platform}</source>
        <translation type="vanished">راجِع هذا المنشور على {platform}</translation>
    </message>
    <message>
        <source>A post to {platform} was not published</source>
        <translation type="vanished">لم يُنشر منشور على {platform}</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/problem_dialog.py" line="50"/>
        <source>Check this post on %1</source>
        <translation>راجِع هذا المنشور على %1</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/problem_dialog.py" line="52"/>
        <source>A post to %1 was not published</source>
        <translation>لم يُنشر منشور على %1</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/problem_dialog.py" line="65"/>
        <source>No reason was given.</source>
        <translation>لم يُذكر سبب.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/problem_dialog.py" line="68"/>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/problem_dialog.py" line="87"/>
        <source>Link to the post, if it is there (optional)</source>
        <translation>رابط المنشور إن كان موجودًا (اختياري)</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/problem_dialog.py" line="91"/>
        <source>Don&apos;t post it</source>
        <translation>لا تنشره</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/problem_dialog.py" line="93"/>
        <source>It is there: mark as posted</source>
        <translation>موجود: عُدّه منشورًا</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/problem_dialog.py" line="97"/>
        <source>It is not there: send it</source>
        <translation>غير موجود: أرسله</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/problem_dialog.py" line="97"/>
        <source>Try again now</source>
        <translation>أعِد المحاولة الآن</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/problem_dialog.py" line="100"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>PostingTimesDialog</name>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="380"/>
        <source>Posting times</source>
        <translation>أوقات النشر</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="384"/>
        <source>When each account posts, every week, in your local time. Click a half hour to add or remove a posting time. “Add to queue” uses the next free one.</source>
        <translation>متى ينشر كل حساب كل أسبوع، بتوقيتك المحلي. انقر على نصف ساعة لإضافة وقت نشر أو إزالته. يستخدم «إلى الطابور» أقرب وقت متاح.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="391"/>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="400"/>
        <source>Use for all accounts</source>
        <translation>استخدام لكل الحسابات</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="402"/>
        <source>Give every account the same posting times as this one</source>
        <translation>امنح كل حساب أوقات النشر نفسها التي لهذا الحساب</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="460"/>
        <source>Connect an account first: posting times belong to an account.</source>
        <translation>اربط حسابًا أولًا: أوقات النشر تخص حسابًا بعينه.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="463"/>
        <source>No posting times yet for this account.</source>
        <translation>لا أوقات نشر لهذا الحساب بعد.</translation>
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
            <numerusform>%n وقت نشر أسبوعيًا</numerusform>
            <numerusform>%n وقت نشر أسبوعيًا</numerusform>
            <numerusform>%n وقت نشر أسبوعيًا</numerusform>
            <numerusform>%n أوقات نشر أسبوعيًا</numerusform>
            <numerusform>%n وقتًا للنشر أسبوعيًا</numerusform>
            <numerusform>%n وقت نشر أسبوعيًا</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="479"/>
        <source>Every account now has these posting times.</source>
        <translation>صارت أوقات النشر هذه لكل الحسابات.</translation>
    </message>
    <message>
        <source>When each account posts, every week, in your local time. “Add to queue” uses the next free one. Example: Tue 12:30, Thu 12:30, Sat 10:00</source>
        <translation type="vanished">متى ينشر كل حساب كل أسبوع، بتوقيتك المحلي. يستخدم «إلى الطابور» أقرب وقت متاح. مثال: ⁦Tue 12:30, Thu 12:30, Sat 10:00⁩</translation>
    </message>
    <message>
        <source>no posting times</source>
        <translation type="vanished">لا أوقات نشر</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="53"/>
        <source>Row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="54"/>
        <source>When</source>
        <translation>الموعد</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="55"/>
        <source>Accounts</source>
        <translation>الحسابات</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="56"/>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="57"/>
        <source>Rubric</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="58"/>
        <source>Problems</source>
        <translation>المشكلات</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="69"/>
        <source>next free slot</source>
        <translation>أقرب وقت متاح</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="70"/>
        <source>idea (no date)</source>
        <translation>فكرة (بلا تاريخ)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="80"/>
        <source>%1 (new)</source>
        <translation>%1 (جديد)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="86"/>
        <source>OK</source>
        <translation>سليم</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>%1 gets it as %2 × %3 pixels.</source>
        <translation type="vanished">يستلمها %1 بحجم %2 × %3 بكسل.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="vanished">معاينة</translation>
    </message>
    <message>
        <source>Choose an account above to see how the post will look there.</source>
        <translation type="vanished">اختر حسابًا في الأعلى لترى كيف سيبدو المنشور هناك.</translation>
    </message>
    <message>
        <source>more</source>
        <translation type="vanished">المزيد</translation>
    </message>
    <message>
        <source>The feed shows the start; the rest sits behind “more”.</source>
        <translation type="vanished">يعرض موجز الأخبار البداية؛ والباقي خلف «المزيد».</translation>
    </message>
    <message>
        <source>The red part does not fit on %1.</source>
        <translation type="vanished">الجزء الأحمر لا يتسع على %1.</translation>
    </message>
</context>
<context>
    <name>PreviewStrip</name>
    <message>
        <location filename="../../ui/composer/post_preview.py" line="217"/>
        <source>Choose an account above to see how the post will look there.</source>
        <translation>اختر حسابًا في الأعلى لترى كيف سيبدو المنشور هناك.</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../ui/problem_words.py" line="50"/>
        <source>The image %1 is an empty file.</source>
        <translation>الصورة %1 ملف فارغ.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="51"/>
        <source>%1 is not a picture SMM Desk can read.</source>
        <translation>%1 ليست صورة يستطيع SMM Desk قراءتها.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="52"/>
        <source>The image %1 is damaged or cut short.</source>
        <translation>الصورة %1 تالفة أو مقطوعة.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="53"/>
        <source>The image %1 is too large to open.</source>
        <translation>الصورة %1 أكبر من أن تُفتح.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="54"/>
        <source>The image %1 is too big for the platform.</source>
        <translation>الصورة %1 أكبر مما تقبله المنصة.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="57"/>
        <source>SMM Desk can&apos;t use the image %1.</source>
        <translation>لا يستطيع SMM Desk استخدام الصورة %1.</translation>
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
        <translation>التاريخ (scheduled_at)</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="84"/>
        <source>accounts</source>
        <translation>الحسابات (accounts)</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="85"/>
        <source>text</source>
        <translation>النص (text)</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="86"/>
        <source>media</source>
        <translation>الوسائط (media)</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="87"/>
        <source>rubric</source>
        <translation>الفئة (rubric)</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="104"/>
        <source>%1 @%2</source>
        <translation>%1 @%2</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="114"/>
        <source>a draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="115"/>
        <source>scheduled</source>
        <translation>مجدول</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="116"/>
        <source>being sent</source>
        <translation>قيد الإرسال</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="117"/>
        <source>published</source>
        <translation>تم النشر</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="118"/>
        <source>waiting to be retried</source>
        <translation>بانتظار إعادة المحاولة</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="119"/>
        <source>failed</source>
        <translation>فشل</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="120"/>
        <source>waiting to be checked</source>
        <translation>بانتظار التحقق</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="121"/>
        <source>waiting for you to post it</source>
        <translation>بانتظار أن تنشره</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="122"/>
        <source>skipped</source>
        <translation>تم التخطي</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="138"/>
        <source>The photos are already on %1 (%2); only the text is missing or unsure, and sending again sends only the text.</source>
        <translation>الصور موجودة مسبقًا على %1 (%2)؛ النص وحده ناقص أو غير مؤكد، وإعادة الإرسال ترسل النص فقط.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="147"/>
        <source>The photos are already on %1; only the text is missing or unsure, and sending again sends only the text.</source>
        <translation>الصور موجودة مسبقًا على %1؛ النص وحده ناقص أو غير مؤكد، وإعادة الإرسال ترسل النص فقط.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="161"/>
        <source>%1 had a problem on its side %n time(s) in a row, so SMM Desk stopped trying. Click Retry when %1 works again.</source>
        <translation>
            <numerusform>حدثت مشكلة لدى %1 %n مرة على التوالي، فتوقف SMM Desk عن المحاولة. انقر «أعِد المحاولة» عندما يعود %1 إلى العمل.</numerusform>
            <numerusform>حدثت مشكلة لدى %1 %n مرة على التوالي، فتوقف SMM Desk عن المحاولة. انقر «أعِد المحاولة» عندما يعود %1 إلى العمل.</numerusform>
            <numerusform>حدثت مشكلة لدى %1 %n مرة على التوالي، فتوقف SMM Desk عن المحاولة. انقر «أعِد المحاولة» عندما يعود %1 إلى العمل.</numerusform>
            <numerusform>حدثت مشكلة لدى %1 %n مرات على التوالي، فتوقف SMM Desk عن المحاولة. انقر «أعِد المحاولة» عندما يعود %1 إلى العمل.</numerusform>
            <numerusform>حدثت مشكلة لدى %1 %n مرةً على التوالي، فتوقف SMM Desk عن المحاولة. انقر «أعِد المحاولة» عندما يعود %1 إلى العمل.</numerusform>
            <numerusform>حدثت مشكلة لدى %1 %n مرة على التوالي، فتوقف SMM Desk عن المحاولة. انقر «أعِد المحاولة» عندما يعود %1 إلى العمل.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="168"/>
        <source>SMM Desk could not reach %1 %n time(s) in a row, so it stopped trying. Check the internet connection, then click Retry.</source>
        <translation>
            <numerusform>تعذّر على SMM Desk الوصول إلى %1 %n مرة على التوالي، فتوقف عن المحاولة. تحقّق من الاتصال بالإنترنت، ثم انقر «أعِد المحاولة».</numerusform>
            <numerusform>تعذّر على SMM Desk الوصول إلى %1 %n مرة على التوالي، فتوقف عن المحاولة. تحقّق من الاتصال بالإنترنت، ثم انقر «أعِد المحاولة».</numerusform>
            <numerusform>تعذّر على SMM Desk الوصول إلى %1 %n مرة على التوالي، فتوقف عن المحاولة. تحقّق من الاتصال بالإنترنت، ثم انقر «أعِد المحاولة».</numerusform>
            <numerusform>تعذّر على SMM Desk الوصول إلى %1 %n مرات على التوالي، فتوقف عن المحاولة. تحقّق من الاتصال بالإنترنت، ثم انقر «أعِد المحاولة».</numerusform>
            <numerusform>تعذّر على SMM Desk الوصول إلى %1 %n مرةً على التوالي، فتوقف عن المحاولة. تحقّق من الاتصال بالإنترنت، ثم انقر «أعِد المحاولة».</numerusform>
            <numerusform>تعذّر على SMM Desk الوصول إلى %1 %n مرة على التوالي، فتوقف عن المحاولة. تحقّق من الاتصال بالإنترنت، ثم انقر «أعِد المحاولة».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="175"/>
        <source>%1 asked SMM Desk to slow down %n time(s) in a row, so it stopped trying. Click Retry a little later.</source>
        <translation>
            <numerusform>طلب %1 من SMM Desk الإبطاء %n مرة على التوالي، فتوقف عن المحاولة. انقر «أعِد المحاولة» بعد قليل.</numerusform>
            <numerusform>طلب %1 من SMM Desk الإبطاء %n مرة على التوالي، فتوقف عن المحاولة. انقر «أعِد المحاولة» بعد قليل.</numerusform>
            <numerusform>طلب %1 من SMM Desk الإبطاء %n مرة على التوالي، فتوقف عن المحاولة. انقر «أعِد المحاولة» بعد قليل.</numerusform>
            <numerusform>طلب %1 من SMM Desk الإبطاء %n مرات على التوالي، فتوقف عن المحاولة. انقر «أعِد المحاولة» بعد قليل.</numerusform>
            <numerusform>طلب %1 من SMM Desk الإبطاء %n مرةً على التوالي، فتوقف عن المحاولة. انقر «أعِد المحاولة» بعد قليل.</numerusform>
            <numerusform>طلب %1 من SMM Desk الإبطاء %n مرة على التوالي، فتوقف عن المحاولة. انقر «أعِد المحاولة» بعد قليل.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="190"/>
        <source>It kept failing after %n tries, so SMM Desk stopped. Click Retry when the platform works again.</source>
        <translation>
            <numerusform>ظل الإرسال يفشل بعد %n محاولة، فتوقف SMM Desk. انقر «أعِد المحاولة» عندما تعود المنصة إلى العمل.</numerusform>
            <numerusform>ظل الإرسال يفشل بعد %n محاولة، فتوقف SMM Desk. انقر «أعِد المحاولة» عندما تعود المنصة إلى العمل.</numerusform>
            <numerusform>ظل الإرسال يفشل بعد %n محاولة، فتوقف SMM Desk. انقر «أعِد المحاولة» عندما تعود المنصة إلى العمل.</numerusform>
            <numerusform>ظل الإرسال يفشل بعد %n محاولات، فتوقف SMM Desk. انقر «أعِد المحاولة» عندما تعود المنصة إلى العمل.</numerusform>
            <numerusform>ظل الإرسال يفشل بعد %n محاولةً، فتوقف SMM Desk. انقر «أعِد المحاولة» عندما تعود المنصة إلى العمل.</numerusform>
            <numerusform>ظل الإرسال يفشل بعد %n محاولة، فتوقف SMM Desk. انقر «أعِد المحاولة» عندما تعود المنصة إلى العمل.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="202"/>
        <source>Task Scheduler task “%1”, every %n minute(s)</source>
        <translation>
            <numerusform>مهمة Task Scheduler «%1»، كل %n دقيقة</numerusform>
            <numerusform>مهمة Task Scheduler «%1»، كل %n دقيقة</numerusform>
            <numerusform>مهمة Task Scheduler «%1»، كل %n دقيقة</numerusform>
            <numerusform>مهمة Task Scheduler «%1»، كل %n دقائق</numerusform>
            <numerusform>مهمة Task Scheduler «%1»، كل %n دقيقةً</numerusform>
            <numerusform>مهمة Task Scheduler «%1»، كل %n دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="204"/>
        <source>launchd agent %1, every %n minute(s)</source>
        <translation>
            <numerusform>وكيل launchd ‏%1، كل %n دقيقة</numerusform>
            <numerusform>وكيل launchd ‏%1، كل %n دقيقة</numerusform>
            <numerusform>وكيل launchd ‏%1، كل %n دقيقة</numerusform>
            <numerusform>وكيل launchd ‏%1، كل %n دقائق</numerusform>
            <numerusform>وكيل launchd ‏%1، كل %n دقيقةً</numerusform>
            <numerusform>وكيل launchd ‏%1، كل %n دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="206"/>
        <source>systemd user timer %1, every %n minute(s)</source>
        <translation>
            <numerusform>مؤقّت المستخدم في systemd ‏%1، كل %n دقيقة</numerusform>
            <numerusform>مؤقّت المستخدم في systemd ‏%1، كل %n دقيقة</numerusform>
            <numerusform>مؤقّت المستخدم في systemd ‏%1، كل %n دقيقة</numerusform>
            <numerusform>مؤقّت المستخدم في systemd ‏%1، كل %n دقائق</numerusform>
            <numerusform>مؤقّت المستخدم في systemd ‏%1، كل %n دقيقةً</numerusform>
            <numerusform>مؤقّت المستخدم في systemd ‏%1، كل %n دقيقة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="211"/>
        <source>A photo</source>
        <translation>صورة</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="231"/>
        <source>%1 asks SMM Desk to slow down. The figures of %n post(s) were read and kept; the others are fetched at a later refresh.</source>
        <translation>
            <numerusform>يطلب %1 من SMM Desk الإبطاء. قُرئت أرقام %n منشور وحُفظت؛ وتُجلب البقية في تحديث لاحق.</numerusform>
            <numerusform>يطلب %1 من SMM Desk الإبطاء. قُرئت أرقام %n منشور وحُفظت؛ وتُجلب البقية في تحديث لاحق.</numerusform>
            <numerusform>يطلب %1 من SMM Desk الإبطاء. قُرئت أرقام %n منشور وحُفظت؛ وتُجلب البقية في تحديث لاحق.</numerusform>
            <numerusform>يطلب %1 من SMM Desk الإبطاء. قُرئت أرقام %n منشورات وحُفظت؛ وتُجلب البقية في تحديث لاحق.</numerusform>
            <numerusform>يطلب %1 من SMM Desk الإبطاء. قُرئت أرقام %n منشورًا وحُفظت؛ وتُجلب البقية في تحديث لاحق.</numerusform>
            <numerusform>يطلب %1 من SMM Desk الإبطاء. قُرئت أرقام %n منشور وحُفظت؛ وتُجلب البقية في تحديث لاحق.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="239"/>
        <source>%1 asks SMM Desk to slow down. It will try again later by itself.</source>
        <translation>يطلب %1 من SMM Desk الإبطاء. ستُعاد المحاولة لاحقًا تلقائيًا.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="248"/>
        <source>The caption is too long for %1: %2 of %3 characters. Remove %n character(s).</source>
        <translation>
            <numerusform>الشرح أطول مما يسمح به %1 (الأحرف: %2 من %3). احذف %n حرف.</numerusform>
            <numerusform>الشرح أطول مما يسمح به %1 (الأحرف: %2 من %3). احذف %n حرف.</numerusform>
            <numerusform>الشرح أطول مما يسمح به %1 (الأحرف: %2 من %3). احذف %n حرف.</numerusform>
            <numerusform>الشرح أطول مما يسمح به %1 (الأحرف: %2 من %3). احذف %n أحرف.</numerusform>
            <numerusform>الشرح أطول مما يسمح به %1 (الأحرف: %2 من %3). احذف %n حرفًا.</numerusform>
            <numerusform>الشرح أطول مما يسمح به %1 (الأحرف: %2 من %3). احذف %n حرف.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="254"/>
        <source>The text is too long for %1: %2 of %3 characters. Remove %n character(s).</source>
        <translation>
            <numerusform>النص أطول مما يسمح به %1 (الأحرف: %2 من %3). احذف %n حرف.</numerusform>
            <numerusform>النص أطول مما يسمح به %1 (الأحرف: %2 من %3). احذف %n حرف.</numerusform>
            <numerusform>النص أطول مما يسمح به %1 (الأحرف: %2 من %3). احذف %n حرف.</numerusform>
            <numerusform>النص أطول مما يسمح به %1 (الأحرف: %2 من %3). احذف %n أحرف.</numerusform>
            <numerusform>النص أطول مما يسمح به %1 (الأحرف: %2 من %3). احذف %n حرفًا.</numerusform>
            <numerusform>النص أطول مما يسمح به %1 (الأحرف: %2 من %3). احذف %n حرف.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="262"/>
        <source>%1 takes at most %n image(s); this post has %2.</source>
        <translation>
            <numerusform>يقبل %1 %n صورة كحد أقصى؛ وفي هذا المنشور %2.</numerusform>
            <numerusform>يقبل %1 %n صورة كحد أقصى؛ وفي هذا المنشور %2.</numerusform>
            <numerusform>يقبل %1 %n صورة كحد أقصى؛ وفي هذا المنشور %2.</numerusform>
            <numerusform>يقبل %1 %n صور كحد أقصى؛ وفي هذا المنشور %2.</numerusform>
            <numerusform>يقبل %1 %n صورةً كحد أقصى؛ وفي هذا المنشور %2.</numerusform>
            <numerusform>يقبل %1 %n صورة كحد أقصى؛ وفي هذا المنشور %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="267"/>
        <source>Remove %n photo(s), or remove this account from the post.</source>
        <translation>
            <numerusform>احذف %n صورة، أو أزِل هذا الحساب من المنشور.</numerusform>
            <numerusform>احذف %n صورة، أو أزِل هذا الحساب من المنشور.</numerusform>
            <numerusform>احذف %n صورة، أو أزِل هذا الحساب من المنشور.</numerusform>
            <numerusform>احذف %n صور، أو أزِل هذا الحساب من المنشور.</numerusform>
            <numerusform>احذف %n صورةً، أو أزِل هذا الحساب من المنشور.</numerusform>
            <numerusform>احذف %n صورة، أو أزِل هذا الحساب من المنشور.</numerusform>
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
        <translation>%1 أو %2</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="288"/>
        <source>a post id</source>
        <translation>عمود لمعرّف المنشور</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="292"/>
        <source>any column of figures</source>
        <translation>عمود أرقام واحد على الأقل</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="300"/>
        <source>A post in the state “%1” can&apos;t be moved; duplicate it instead (Ctrl-drag).</source>
        <translation>لا يمكن نقل منشور حالته «%1»؛ انسخه بدلًا من ذلك (اسحبه مع Ctrl).</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="309"/>
        <source>The header has no column %1. Expected columns: %2.</source>
        <translation>لا يحتوي سطر العناوين على العمود %1. الأعمدة المتوقعة: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="313"/>
        <source>Write posting times like “Tue 12:30, Sat 10:00”.</source>
        <translation>اكتب أوقات النشر هكذا: «⁦Tue 12:30, Sat 10:00⁩».</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="318"/>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="319"/>
        <source>Leads</source>
        <translation>العملاء المحتملون</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="333"/>
        <source>Add your account to SMM Desk first, then import its stats.</source>
        <translation>أضف حسابك إلى SMM Desk أولًا، ثم استورد إحصاءاته.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="335"/>
        <source>Add your %1 account to SMM Desk first, then import its stats.</source>
        <translation>أضف حسابك على %1 إلى SMM Desk أولًا، ثم استورد إحصاءاته.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="346"/>
        <source>The text holds an invisible character %1 refuses (%2), often pasted in from another app. Delete it where the text turns red.</source>
        <extracomment>Every code (``domain.problems.CODES``) and its sentence in the owner&apos;s language.</extracomment>
        <translation>يحتوي النص على حرف غير مرئي يرفضه %1 (%2)، وغالبًا ما يُلصق من تطبيق آخر. احذفه حيث يظهر النص باللون الأحمر.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="355"/>
        <source>The text is too long for %1: it takes %2 of %3 bytes (emoji and non-Latin letters take more room). Shorten it.</source>
        <translation>النص أطول مما يسمح به %1: يشغل %2 من %3 بايت (تشغل الرموز التعبيرية والحروف غير اللاتينية مساحة أكبر). اختصره.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="363"/>
        <source>%1 allows %n hashtag(s); this has %2. Remove %3.</source>
        <translation>
            <numerusform>يسمح %1 بـ %n وسم كحد أقصى؛ وهنا %2. احذف %3.</numerusform>
            <numerusform>يسمح %1 بـ %n وسم كحد أقصى؛ وهنا %2. احذف %3.</numerusform>
            <numerusform>يسمح %1 بـ %n وسم كحد أقصى؛ وهنا %2. احذف %3.</numerusform>
            <numerusform>يسمح %1 بـ %n وسوم كحد أقصى؛ وهنا %2. احذف %3.</numerusform>
            <numerusform>يسمح %1 بـ %n وسمًا كحد أقصى؛ وهنا %2. احذف %3.</numerusform>
            <numerusform>يسمح %1 بـ %n وسم كحد أقصى؛ وهنا %2. احذف %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="370"/>
        <source>%1 turns only the first hashtag into a topic; the other %n stay plain text.</source>
        <translation>
            <numerusform>يحوّل %1 الوسم الأول فقط إلى موضوع؛ وتبقى الوسوم الأخرى (%n) نصًا عاديًا.</numerusform>
            <numerusform>يحوّل %1 الوسم الأول فقط إلى موضوع؛ وتبقى الوسوم الأخرى (%n) نصًا عاديًا.</numerusform>
            <numerusform>يحوّل %1 الوسم الأول فقط إلى موضوع؛ وتبقى الوسوم الأخرى (%n) نصًا عاديًا.</numerusform>
            <numerusform>يحوّل %1 الوسم الأول فقط إلى موضوع؛ وتبقى الوسوم الأخرى (%n) نصًا عاديًا.</numerusform>
            <numerusform>يحوّل %1 الوسم الأول فقط إلى موضوع؛ وتبقى الوسوم الأخرى (%n) نصًا عاديًا.</numerusform>
            <numerusform>يحوّل %1 الوسم الأول فقط إلى موضوع؛ وتبقى الوسوم الأخرى (%n) نصًا عاديًا.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="377"/>
        <source>%1 allows %n @mention(s); this has %2. Remove %3.</source>
        <translation>
            <numerusform>يسمح %1 بـ %n إشارة (@) كحد أقصى؛ وهنا %2. احذف %3.</numerusform>
            <numerusform>يسمح %1 بـ %n إشارة (@) كحد أقصى؛ وهنا %2. احذف %3.</numerusform>
            <numerusform>يسمح %1 بـ %n إشارة (@) كحد أقصى؛ وهنا %2. احذف %3.</numerusform>
            <numerusform>يسمح %1 بـ %n إشارات (@) كحد أقصى؛ وهنا %2. احذف %3.</numerusform>
            <numerusform>يسمح %1 بـ %n إشارةً (@) كحد أقصى؛ وهنا %2. احذف %3.</numerusform>
            <numerusform>يسمح %1 بـ %n إشارة (@) كحد أقصى؛ وهنا %2. احذف %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="383"/>
        <source>%1 allows %n link(s) per post; this has %2. Remove %3.</source>
        <translation>
            <numerusform>يسمح %1 بـ %n رابط في المنشور كحد أقصى؛ وهنا %2. احذف %3.</numerusform>
            <numerusform>يسمح %1 بـ %n رابط في المنشور كحد أقصى؛ وهنا %2. احذف %3.</numerusform>
            <numerusform>يسمح %1 بـ %n رابط في المنشور كحد أقصى؛ وهنا %2. احذف %3.</numerusform>
            <numerusform>يسمح %1 بـ %n روابط في المنشور كحد أقصى؛ وهنا %2. احذف %3.</numerusform>
            <numerusform>يسمح %1 بـ %n رابطًا في المنشور كحد أقصى؛ وهنا %2. احذف %3.</numerusform>
            <numerusform>يسمح %1 بـ %n رابط في المنشور كحد أقصى؛ وهنا %2. احذف %3.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="390"/>
        <source>%1 needs reconnecting: open Accounts and sign in again, or remove this account from the post.</source>
        <translation>يلزم إعادة ربط %1: افتح «الحسابات» وسجّل الدخول من جديد، أو أزِل هذا الحساب من المنشور.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="396"/>
        <source>%1 is switched off: turn it on in Accounts or remove it from the post.</source>
        <translation>%1 متوقف: شغّله في «الحسابات» أو أزِله من المنشور.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="400"/>
        <source>The post for %1 is empty: write some text.</source>
        <translation>منشور %1 فارغ: اكتب نصًا.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="404"/>
        <source>%1 needs at least one image: add a photo.</source>
        <translation>يحتاج %1 إلى صورة واحدة على الأقل: أضف صورة.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="408"/>
        <source>%n image(s) without a description (alt text): people who cannot see the photo will miss it.</source>
        <translation>
            <numerusform>%n صورة بلا وصف (نص بديل): سيفوت محتواها من لا يستطيع رؤيتها.</numerusform>
            <numerusform>%n صورة بلا وصف (نص بديل): سيفوت محتواها من لا يستطيع رؤيتها.</numerusform>
            <numerusform>%n صورة بلا وصف (نص بديل): سيفوت محتواها من لا يستطيع رؤيتها.</numerusform>
            <numerusform>%n صور بلا وصف (نص بديل): سيفوت محتواها من لا يستطيع رؤيتها.</numerusform>
            <numerusform>%n صورةً بلا وصف (نص بديل): سيفوت محتواها من لا يستطيع رؤيتها.</numerusform>
            <numerusform>%n صورة بلا وصف (نص بديل): سيفوت محتواها من لا يستطيع رؤيتها.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="414"/>
        <source>The time for %1 is in the past: pick a later time or choose Post now.</source>
        <translation>وقت %1 في الماضي: اختر وقتًا لاحقًا أو اختر «انشر الآن».</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="419"/>
        <source>%1 is too small for %2: it takes pictures at least %3 pixels wide, this one is %4. Use a larger photo, or remove this account.</source>
        <translation>%1 أصغر مما يقبله %2: يقبل الصور بعرض %3 بكسل على الأقل، وعرض هذه الصورة %4. استخدم صورة أكبر، أو أزِل هذا الحساب.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="429"/>
        <source>%1 does not play animated GIFs: %2 will be posted as a still picture (its first frame).</source>
        <translation>لا يشغّل %1 صور GIF المتحركة: سيُنشر %2 صورةً ثابتة (إطاره الأول).</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="437"/>
        <source>%1 is larger than the %2 MB %3 takes for an animation: if it cannot be made small enough, it is posted as a still picture.</source>
        <translation>%1 أكبر من %2 ميغابايت التي يقبلها %3 للصور المتحركة: إن تعذّر تصغيره بما يكفي، يُنشر صورةً ثابتة.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="446"/>
        <source>%1 shows only %2% of %3 (its shape is cut to fit): check the preview, or move the photo&apos;s focus point on the Media screen.</source>
        <translation>يعرض %1 %2٪ فقط من %3 (تُقص الصورة لتناسب الشكل): راجِع المعاينة، أو انقل نقطة تركيز الصورة في شاشة «الوسائط».</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="455"/>
        <source>The %1 column holds a NUL character (a zero byte), which no post can contain. Delete it and try again.</source>
        <translation>يحتوي العمود %1 على حرف NUL (بايت صفري)، ولا يمكن لأي منشور أن يحتويه. احذفه وحاول مجددًا.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="461"/>
        <source>“%1” is not an account like instagram:@yourshop (platform, colon, handle).</source>
        <translation>«%1» ليس حسابًا بصيغة ⁦instagram:@yourshop⁩ (المنصة، نقطتان، اسم المستخدم).</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="466"/>
        <source>There is no account %1:%2 in SMM Desk. Add it under Accounts, or fix the spelling.</source>
        <translation>لا يوجد حساب ⁦%1:%2⁩ في SMM Desk. أضفه في «الحسابات»، أو صحّح الكتابة.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="472"/>
        <source>No account is given: write at least one, like instagram:@yourshop, or leave the date empty to keep the post as an idea.</source>
        <translation>لم يُحدَّد أي حساب: اكتب حسابًا واحدًا على الأقل، مثل ⁦instagram:@yourshop⁩، أو اترك التاريخ فارغًا للاحتفاظ بالمنشور كفكرة.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="476"/>
        <source>“%1” is too far in the past or the future. Use a date between %2 and %3.</source>
        <translation>«%1» بعيد جدًا في الماضي أو المستقبل. استخدم تاريخًا بين %2 و%3.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="483"/>
        <source>“%1” is not a date and time. Write it like 2026-06-02 12:30 (or 2026-06-02T12:30+02:00 with a UTC offset).</source>
        <translation>«%1» ليس تاريخًا ووقتًا. اكتبه هكذا: ⁦2026-06-02 12:30⁩ (أو ⁦2026-06-02T12:30+02:00⁩ مع فرق التوقيت عن UTC).</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="490"/>
        <source>%1 is in the past. Change the date, or leave it empty to keep the post as an idea.</source>
        <translation>%1 في الماضي. غيّر التاريخ، أو اتركه فارغًا للاحتفاظ بالمنشور كفكرة.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="494"/>
        <source>The image file %1 is missing.</source>
        <translation>ملف الصورة %1 غير موجود.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="495"/>
        <source>The post has no text and no image.</source>
        <translation>المنشور بلا نص وبلا صورة.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="498"/>
        <source>%1:%2 has no posting times for the queue. Add some in the account&apos;s queue settings, or give the row a date.</source>
        <translation>ليس لـ ⁦%1:%2⁩ أوقات نشر للطابور. أضف بعضها في إعدادات الطابور للحساب، أو ضع تاريخًا في الصف.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="505"/>
        <source>%1 images: %2 takes at most %n in one post.</source>
        <translation>
            <numerusform>الصور: %1؛ يقبل %2 %n كحد أقصى في المنشور الواحد.</numerusform>
            <numerusform>الصور: %1؛ يقبل %2 %n كحد أقصى في المنشور الواحد.</numerusform>
            <numerusform>الصور: %1؛ يقبل %2 %n كحد أقصى في المنشور الواحد.</numerusform>
            <numerusform>الصور: %1؛ يقبل %2 %n كحد أقصى في المنشور الواحد.</numerusform>
            <numerusform>الصور: %1؛ يقبل %2 %n كحد أقصى في المنشور الواحد.</numerusform>
            <numerusform>الصور: %1؛ يقبل %2 %n كحد أقصى في المنشور الواحد.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="510"/>
        <source>%1 needs at least one image in a post.</source>
        <translation>يحتاج %1 إلى صورة واحدة على الأقل في المنشور.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="515"/>
        <source>%1 asks SMM Desk to slow down. It will try again shortly.</source>
        <translation>يطلب %1 من SMM Desk الإبطاء. ستُعاد المحاولة بعد قليل.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="519"/>
        <source>%1 had a problem on its side. SMM Desk will try again.</source>
        <translation>حدثت مشكلة لدى %1. سيعيد SMM Desk المحاولة.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="524"/>
        <source>%1 no longer accepts the saved login. Open Accounts and reconnect this account.</source>
        <translation>لم يعد %1 يقبل بيانات الدخول المحفوظة. افتح «الحسابات» وأعِد ربط هذا الحساب.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="529"/>
        <source>SMM Desk could not reach %1. It will try again.</source>
        <translation>تعذّر على SMM Desk الوصول إلى %1. ستُعاد المحاولة.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="533"/>
        <source>%1 refused the post. Change the post and schedule it again.</source>
        <translation>رفض %1 المنشور. عدّل المنشور وجدوِله مجددًا.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="537"/>
        <source>This account does not exist any more.</source>
        <translation>لم يعد هذا الحساب موجودًا.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="539"/>
        <source>SMM Desk cannot post to %1 by itself.</source>
        <translation>لا يستطيع SMM Desk النشر على %1 بنفسه.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="542"/>
        <source>Unknown platform “%1”. Choose one of: %2.</source>
        <translation>منصة غير معروفة «%1». اختر إحداها: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="544"/>
        <source>Enter the account&apos;s handle or name.</source>
        <translation>أدخل اسم المستخدم أو اسم الحساب.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="546"/>
        <source>Enter the Telegram channel (@name or its numeric id).</source>
        <translation>أدخل قناة Telegram (@الاسم أو معرّفها الرقمي).</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="549"/>
        <source>Enter your Mastodon server&apos;s address, e.g. https://mastodon.social</source>
        <translation>أدخل عنوان خادم Mastodon الخاص بك، مثل ⁦https://mastodon.social⁩</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="553"/>
        <source>“%1” is not a full server address. Enter it with https:// in front, e.g. https://mastodon.social</source>
        <translation>«%1» ليس عنوان خادم كاملًا. أدخله مع ⁦https://⁩ في أوله، مثل ⁦https://mastodon.social⁩</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="560"/>
        <source>SMM Desk does not send your login to %1 over an unencrypted connection (http://). Use the server&apos;s https:// address.</source>
        <translation>لا يرسل SMM Desk بيانات دخولك إلى %1 عبر اتصال غير مشفّر (⁦http://⁩). استخدم عنوان الخادم الذي يبدأ بـ ⁦https://⁩.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="566"/>
        <source>%1 on %2 is already connected.</source>
        <translation>%1 على %2 مرتبط مسبقًا.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="569"/>
        <source>%1 needs a password or token to connect; none was given.</source>
        <translation>يحتاج %1 إلى كلمة مرور أو رمز للربط؛ ولم يُقدَّم أي منهما.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="574"/>
        <source>SMM Desk posts to %1 with your help (assisted publishing) and needs no password for it.</source>
        <translation>ينشر SMM Desk على %1 بمساعدتك (النشر بمساعدتك) ولا يحتاج إلى كلمة مرور لذلك.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="580"/>
        <source>The saved password or token is missing. Reconnect the account.</source>
        <translation>كلمة المرور أو الرمز المحفوظ مفقود. أعِد ربط الحساب.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="585"/>
        <source>%1 did not accept the login. Check it and connect the account again.</source>
        <translation>لم يقبل %1 بيانات الدخول. تحقّق منها واربط الحساب مجددًا.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="589"/>
        <source>%1 refused the connection. Check the account&apos;s details and try again.</source>
        <translation>رفض %1 الاتصال. تحقّق من بيانات الحساب وحاول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="593"/>
        <source>SMM Desk could not reach %1. Check the internet connection and try again.</source>
        <translation>تعذّر على SMM Desk الوصول إلى %1. تحقّق من الاتصال بالإنترنت وحاول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="597"/>
        <source>%1 asks SMM Desk to slow down. Wait a few minutes and try again.</source>
        <translation>يطلب %1 من SMM Desk الإبطاء. انتظر بضع دقائق وحاول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="601"/>
        <source>%1 had a problem on its side. Try again later.</source>
        <translation>حدثت مشكلة لدى %1. حاول مرة أخرى لاحقًا.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="605"/>
        <source>SMM Desk could not use the system&apos;s keyring, where it keeps your logins. Check that the keyring is unlocked, then try again.</source>
        <translation>تعذّر على SMM Desk استخدام مخزن كلمات المرور في النظام، حيث يحفظ بيانات دخولك. تأكّد من أنه غير مقفل، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="608"/>
        <source>Only VK accounts take a user token.</source>
        <translation>حسابات VK وحدها تقبل رمز مستخدم.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="609"/>
        <source>Paste the user token first.</source>
        <translation>الصق رمز المستخدم أولًا.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="611"/>
        <source>This user token cannot upload photos for the community: create it as an administrator of the community with the rights photos and wall.</source>
        <translation>لا يستطيع رمز المستخدم هذا رفع الصور للمجتمع: أنشئه بصفتك مشرفًا في المجتمع مع الصلاحيتين photos وwall.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="614"/>
        <source>%1 was removed.</source>
        <translation>أُزيل %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="617"/>
        <source>%1 was disconnected and its login deleted. Its past posts stay in the plan; %n scheduled post(s) went back to drafts.</source>
        <translation>
            <numerusform>فُصل %1 وحُذفت بيانات دخوله. تبقى منشوراته السابقة في الخطة؛ وأُعيد %n منشور مجدول إلى المسودات.</numerusform>
            <numerusform>فُصل %1 وحُذفت بيانات دخوله. تبقى منشوراته السابقة في الخطة؛ وأُعيد %n منشور مجدول إلى المسودات.</numerusform>
            <numerusform>فُصل %1 وحُذفت بيانات دخوله. تبقى منشوراته السابقة في الخطة؛ وأُعيد %n منشور مجدول إلى المسودات.</numerusform>
            <numerusform>فُصل %1 وحُذفت بيانات دخوله. تبقى منشوراته السابقة في الخطة؛ وأُعيد %n منشورات مجدولة إلى المسودات.</numerusform>
            <numerusform>فُصل %1 وحُذفت بيانات دخوله. تبقى منشوراته السابقة في الخطة؛ وأُعيد %n منشورًا مجدولًا إلى المسودات.</numerusform>
            <numerusform>فُصل %1 وحُذفت بيانات دخوله. تبقى منشوراته السابقة في الخطة؛ وأُعيد %n منشور مجدول إلى المسودات.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="624"/>
        <source>Removed: its saved login was deleted.</source>
        <translation>أُزيل: حُذفت بيانات دخوله المحفوظة.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="627"/>
        <source>The saved login of this account is missing. Reconnect it in Accounts.</source>
        <translation>بيانات الدخول المحفوظة لهذا الحساب مفقودة. أعِد ربطه في «الحسابات».</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="630"/>
        <source>VK lets only a person, not a community token, upload photos to a wall. Post this one on VK yourself, or add a user token to this account in Accounts so SMM Desk can send photos next time.</source>
        <translation>لا يسمح VK برفع الصور إلى الجدار إلا لشخص، لا لرمز مجتمع. انشر هذا المنشور على VK بنفسك، أو أضف رمز مستخدم إلى هذا الحساب في «الحسابات» ليتمكن SMM Desk من إرسال الصور في المرة القادمة.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="635"/>
        <source>An image of this post cannot be prepared. Replace it and try again.</source>
        <translation>تعذّر تجهيز إحدى صور هذا المنشور. استبدلها وحاول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="638"/>
        <source>Sending stopped on an unexpected error (%1).</source>
        <translation>توقف الإرسال بسبب خطأ غير متوقع (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="642"/>
        <source>Sending stopped on an unexpected error (%1). SMM Desk will try again; the details are in its log.</source>
        <translation>توقف الإرسال بسبب خطأ غير متوقع (%1). سيعيد SMM Desk المحاولة؛ والتفاصيل في سجله.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="649"/>
        <source>Sending stopped on an unexpected error (%1). The post may have gone out: look at the platform; if it is there, mark it as published, if not, send it again.</source>
        <translation>توقف الإرسال بسبب خطأ غير متوقع (%1). ربما خرج المنشور: تحقّق على المنصة؛ فإن كان موجودًا فعلِّمه كمنشور، وإلا فأرسله مجددًا.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="657"/>
        <source>The answer of %1 to this post was lost or unreadable, so SMM Desk cannot know whether it went out. Look at %1: if the post is there, mark it as published; if not, send it again.</source>
        <translation>فُقد رد %1 على هذا المنشور أو تعذّرت قراءته، فلا يستطيع SMM Desk معرفة ما إذا كان قد خرج. تحقّق على %1: إن كان المنشور موجودًا فعلِّمه كمنشور، وإلا فأرسله مجددًا.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="667"/>
        <source>SMM Desk stopped before sending this post; it will be sent now.</source>
        <translation>توقف SMM Desk قبل إرسال هذا المنشور؛ سيُرسل الآن.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="671"/>
        <source>SMM Desk stopped while sending this post to %1. It will check and finish the job without posting twice.</source>
        <translation>توقف SMM Desk أثناء إرسال هذا المنشور إلى %1. سيتحقق ويُكمل المهمة دون النشر مرتين.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="679"/>
        <source>SMM Desk stopped while sending this post to %1, so it cannot know whether it went out. Look at %1: if the post is there, mark it as published; if not, send it again.</source>
        <translation>توقف SMM Desk أثناء إرسال هذا المنشور إلى %1، فلا يستطيع معرفة ما إذا كان قد خرج. تحقّق على %1: إن كان المنشور موجودًا فعلِّمه كمنشور، وإلا فأرسله مجددًا.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="689"/>
        <source>Waiting: %1 on %2 is switched off. Turn it on in Accounts to send this post.</source>
        <translation>بالانتظار: %1 على %2 متوقف. شغّله في «الحسابات» لإرسال هذا المنشور.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="694"/>
        <source>Waiting for %1 on %2 to be reconnected in Accounts; then this post goes out.</source>
        <translation>بانتظار إعادة ربط %1 على %2 في «الحسابات»؛ وبعدها يخرج هذا المنشور.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="699"/>
        <source>This post is %1 now; nothing was changed.</source>
        <translation>حالة هذا المنشور الآن: %1؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="702"/>
        <source>This post is %1 now; there is nothing to retry.</source>
        <translation>حالة هذا المنشور الآن: %1؛ لا شيء لإعادة المحاولة.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="705"/>
        <source>%1 on %2 needs reconnecting first: open Accounts, reconnect it, then retry.</source>
        <translation>يلزم إعادة ربط %1 على %2 أولًا: افتح «الحسابات» وأعِد ربطه، ثم أعِد المحاولة.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="710"/>
        <source>%1 on %2 is switched off: turn it on in Accounts, then retry.</source>
        <translation>%1 على %2 متوقف: شغّله في «الحسابات»، ثم أعِد المحاولة.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="717"/>
        <source>Could not run %1 (%2). Set it up by hand as described in the help (docs/publishing.md).</source>
        <translation>تعذّر تشغيل %1 (%2). أعِدّه يدويًا كما هو موضّح في المساعدة (⁦docs/publishing.md⁩).</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="725"/>
        <source>%1 refused (exit code %2). Set it up by hand as described in the help (docs/publishing.md).</source>
        <translation>رفض %1 (رمز الخروج %2). أعِدّه يدويًا كما هو موضّح في المساعدة (⁦docs/publishing.md⁩).</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="731"/>
        <source>Demo account: nothing is sent from the demo workspace.</source>
        <translation>حساب تجريبي: لا يُرسل شيء من مساحة العمل التجريبية.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="733"/>
        <source>%1 is over 50 MB: is it really a stats export?</source>
        <translation>حجم %1 أكثر من ٥٠ ميغابايت: هل هو حقًا ملف إحصاءات مُصدَّر؟</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="735"/>
        <source>File not found: %1</source>
        <translation>الملف غير موجود: %1</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="736"/>
        <source>%1 is a folder, not a CSV file.</source>
        <translation>%1 مجلد، وليس ملف CSV.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="738"/>
        <source>%1 is not a CSV text file (an Excel .xlsx? Save it as CSV first).</source>
        <translation>%1 ليس ملف CSV نصيًا (ملف Excel ‏⁦.xlsx⁩؟ احفظه بصيغة CSV أولًا).</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="741"/>
        <source>%1 is empty.</source>
        <translation>%1 فارغ.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="743"/>
        <source>There is no account with id %1.</source>
        <translation>لا يوجد حساب بالمعرّف %1.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="747"/>
        <source>Several accounts could be meant; choose one of: %1.</source>
        <translation>قد يُقصد أكثر من حساب؛ اختر أحدها: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="750"/>
        <source>%1 does not look like a “%2” file: it has no column %3. Its columns are: %4.</source>
        <translation>لا يبدو %1 ملف «%2»: ينقصه %3. أعمدته: %4.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="756"/>
        <source>The import was stopped; nothing was stored.</source>
        <translation>أُوقف الاستيراد؛ لم يُحفظ شيء.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="757"/>
        <source>No post id or link.</source>
        <translation>لا يوجد معرّف منشور أو رابط.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="759"/>
        <source>%1: “%2” is not a date.</source>
        <translation>%1: «%2» ليس تاريخًا.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="762"/>
        <source>%1: “%2” is not a number.</source>
        <translation>%1: «%2» ليس رقمًا.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="765"/>
        <source>No publish time, for a post SMM Desk does not know yet.</source>
        <translation>لا يوجد وقت نشر، لمنشور لا يعرفه SMM Desk بعد.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="767"/>
        <source>No date.</source>
        <translation>لا يوجد تاريخ.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="769"/>
        <source>%1: a figure cannot be negative (%2).</source>
        <translation>%1: لا يمكن أن يكون الرقم سالبًا (%2).</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="773"/>
        <source>No figures in this row.</source>
        <translation>لا أرقام في هذا الصف.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="775"/>
        <source>%1: enter a number.</source>
        <translation>%1: أدخل رقمًا.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="778"/>
        <source>%1: enter zero or a positive number.</source>
        <translation>%1: أدخل صفرًا أو رقمًا موجبًا.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="780"/>
        <source>Unknown figures: %1.</source>
        <translation>أرقام غير معروفة: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="781"/>
        <source>That post no longer exists.</source>
        <translation>لم يعد ذلك المنشور موجودًا.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="782"/>
        <source>That account no longer exists.</source>
        <translation>لم يعد ذلك الحساب موجودًا.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="784"/>
        <source>Currency: use the three-letter code, e.g. EUR or USD.</source>
        <translation>العملة: استخدم الرمز المكوّن من ثلاثة أحرف، مثل EUR أو USD.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="786"/>
        <source>Platform: choose where the ad ran.</source>
        <translation>المنصة: اختر أين عُرض الإعلان.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="788"/>
        <source>This post was deleted meanwhile; nothing was changed.</source>
        <translation>حُذف هذا المنشور في الأثناء؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="791"/>
        <source>This post was deleted meanwhile; nothing was copied.</source>
        <translation>حُذف هذا المنشور في الأثناء؛ لم يُنسخ شيء.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="794"/>
        <source>A published post stays in the plan as a record; it can&apos;t be deleted.</source>
        <translation>يبقى المنشور الذي تم نشره في الخطة كسجل؛ ولا يمكن حذفه.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="798"/>
        <source>This post is a draft: open it, check it and schedule it first.</source>
        <translation>هذا المنشور مسودة: افتحه وراجعه وجدوِله أولًا.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="801"/>
        <source>Only a post with a date can be copied onto a time.</source>
        <translation>لا يمكن نسخ منشور إلى وقت ما إلا إذا كان له تاريخ.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="804"/>
        <source>Pick at least one account for this post before scheduling it.</source>
        <translation>اختر حسابًا واحدًا على الأقل لهذا المنشور قبل جدولته.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="808"/>
        <source>%1 has no posting times yet. Add some (e.g. Tue 12:30) in the account&apos;s queue settings.</source>
        <translation>ليس لـ %1 أوقات نشر بعد. أضف بعضها (مثل ⁦Tue 12:30⁩) في إعدادات الطابور للحساب.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="814"/>
        <source>Every posting time of %1 is taken for the next year. Add more posting times.</source>
        <translation>كل أوقات النشر لـ %1 محجوزة للسنة القادمة. أضف أوقات نشر أخرى.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="817"/>
        <source>Give the rubric a name, e.g. “Useful tips”.</source>
        <translation>أعطِ الفئة اسمًا، مثل «نصائح مفيدة».</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="819"/>
        <source>A rubric name can have at most %n character(s).</source>
        <translation>
            <numerusform>يمكن أن يتكون اسم الفئة من %n حرف على الأكثر.</numerusform>
            <numerusform>يمكن أن يتكون اسم الفئة من %n حرف على الأكثر.</numerusform>
            <numerusform>يمكن أن يتكون اسم الفئة من %n حرف على الأكثر.</numerusform>
            <numerusform>يمكن أن يتكون اسم الفئة من %n أحرف على الأكثر.</numerusform>
            <numerusform>يمكن أن يتكون اسم الفئة من %n حرفًا على الأكثر.</numerusform>
            <numerusform>يمكن أن يتكون اسم الفئة من %n حرف على الأكثر.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="822"/>
        <source>“%1” is not a colour like #3a7bd5.</source>
        <translation>«%1» ليس لونًا مثل ⁦#3a7bd5⁩.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="825"/>
        <source>A target share is between %1 and %2.</source>
        <translation>تتراوح الحصة المستهدفة بين %1 و%2.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="830"/>
        <source>There is already a rubric called “%1”.</source>
        <translation>توجد فئة باسم «%1» مسبقًا.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="833"/>
        <source>The target shares would add up to more than 100%; at most %1 is left.</source>
        <translation>سيتجاوز مجموع الحصص المستهدفة ١٠٠٪؛ المتبقي %1 على الأكثر.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="836"/>
        <source>This rubric was deleted meanwhile.</source>
        <translation>حُذفت هذه الفئة في الأثناء.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="837"/>
        <source>This account was removed meanwhile.</source>
        <translation>أُزيل هذا الحساب في الأثناء.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="839"/>
        <source>“%1” is not a posting time like “Tue 12:30”. %2</source>
        <translation>«%1» ليس وقت نشر مثل «⁦Tue 12:30⁩». %2</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="844"/>
        <source>“%1” is not a weekday. %2</source>
        <translation>«%1» ليس يومًا من أيام الأسبوع. %2</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="847"/>
        <source>“%1” is not a time of day. %2</source>
        <translation>«%1» ليس وقتًا من اليوم. %2</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="850"/>
        <source>This import can&apos;t be redone; import the file again.</source>
        <translation>لا يمكن إعادة هذا الاستيراد؛ استورد الملف مجددًا.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="852"/>
        <source>The file %1 does not exist.</source>
        <translation>الملف %1 غير موجود.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="854"/>
        <source>The file is empty: it needs a header row with %1.</source>
        <translation>الملف فارغ: يحتاج إلى سطر عناوين فيه %1.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="859"/>
        <source>The column “%1” appears twice. Keep one and delete the other, then try again.</source>
        <translation>العمود «%1» مكرر. أبقِ واحدًا واحذف الآخر، ثم حاول مرة أخرى.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="864"/>
        <source>The file has more than %n post(s); SMM Desk imports at most %n at a time. Split it into smaller files.</source>
        <translation>
            <numerusform>في الملف أكثر من %n منشور؛ ويستورد SMM Desk ‏%n على الأكثر في كل مرة. قسّمه إلى ملفات أصغر.</numerusform>
            <numerusform>في الملف أكثر من %n منشور؛ ويستورد SMM Desk ‏%n على الأكثر في كل مرة. قسّمه إلى ملفات أصغر.</numerusform>
            <numerusform>في الملف أكثر من %n منشور؛ ويستورد SMM Desk ‏%n على الأكثر في كل مرة. قسّمه إلى ملفات أصغر.</numerusform>
            <numerusform>في الملف أكثر من %n منشورات؛ ويستورد SMM Desk ‏%n على الأكثر في كل مرة. قسّمه إلى ملفات أصغر.</numerusform>
            <numerusform>في الملف أكثر من %n منشورًا؛ ويستورد SMM Desk ‏%n على الأكثر في كل مرة. قسّمه إلى ملفات أصغر.</numerusform>
            <numerusform>في الملف أكثر من %n منشور؛ ويستورد SMM Desk ‏%n على الأكثر في كل مرة. قسّمه إلى ملفات أصغر.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="870"/>
        <source>A cell has more than %n character(s), far longer than any post. Check that this is the right file, or shorten the cell.</source>
        <translation>
            <numerusform>في إحدى الخلايا أكثر من %n حرف، وهذا أطول بكثير من أي منشور. تأكّد من أنه الملف الصحيح، أو اختصر الخلية.</numerusform>
            <numerusform>في إحدى الخلايا أكثر من %n حرف، وهذا أطول بكثير من أي منشور. تأكّد من أنه الملف الصحيح، أو اختصر الخلية.</numerusform>
            <numerusform>في إحدى الخلايا أكثر من %n حرف، وهذا أطول بكثير من أي منشور. تأكّد من أنه الملف الصحيح، أو اختصر الخلية.</numerusform>
            <numerusform>في إحدى الخلايا أكثر من %n أحرف، وهذا أطول بكثير من أي منشور. تأكّد من أنه الملف الصحيح، أو اختصر الخلية.</numerusform>
            <numerusform>في إحدى الخلايا أكثر من %n حرفًا، وهذا أطول بكثير من أي منشور. تأكّد من أنه الملف الصحيح، أو اختصر الخلية.</numerusform>
            <numerusform>في إحدى الخلايا أكثر من %n حرف، وهذا أطول بكثير من أي منشور. تأكّد من أنه الملف الصحيح، أو اختصر الخلية.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="876"/>
        <source>The file is not UTF-8 text. In your spreadsheet app choose “CSV UTF-8” when saving.</source>
        <translation>الملف ليس نصًا بترميز UTF-8. في تطبيق جداول البيانات اختر «CSV UTF-8» عند الحفظ.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="880"/>
        <source>The file is not a valid CSV file. Save it again from your spreadsheet app as CSV.</source>
        <translation>الملف ليس ملف CSV صالحًا. احفظه مجددًا من تطبيق جداول البيانات بصيغة CSV.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="883"/>
        <source>The image %1 can&apos;t be read.</source>
        <translation>تعذّرت قراءة الصورة %1.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="887"/>
        <source>%1 asked SMM Desk to slow down; the figures are fetched again after %2.</source>
        <translation>طلب %1 من SMM Desk الإبطاء؛ ستُجلب الأرقام مجددًا بعد %2.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="893"/>
        <source>SMM Desk could not reach %1; the figures are fetched at the next refresh.</source>
        <translation>تعذّر على SMM Desk الوصول إلى %1؛ ستُجلب الأرقام عند التحديث التالي.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="898"/>
        <source>%1 no longer accepts the saved login. Open Accounts and reconnect the account.</source>
        <translation>لم يعد %1 يقبل بيانات الدخول المحفوظة. افتح «الحسابات» وأعِد ربط الحساب.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="904"/>
        <location filename="../../ui/problem_words.py" line="911"/>
        <source>%1 did not give the figures. SMM Desk tries again at the next refresh; if this stays, import the platform&apos;s stats file instead.</source>
        <translation>لم يُرسل %1 الأرقام. سيحاول SMM Desk مجددًا عند التحديث التالي؛ وإذا تكرر الأمر، فاستورد ملف إحصاءات المنصة بدلًا من ذلك.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="918"/>
        <source>The figures from %1 could not be read. SMM Desk tries again at the next refresh.</source>
        <translation>تعذّرت قراءة الأرقام الواردة من %1. سيحاول SMM Desk مجددًا عند التحديث التالي.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="923"/>
        <source>This account has no saved login. Open Accounts and reconnect it.</source>
        <translation>لا توجد بيانات دخول محفوظة لهذا الحساب. افتح «الحسابات» وأعِد ربطه.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="926"/>
        <source>The saved password or token is missing. Open Accounts and reconnect the account.</source>
        <translation>كلمة المرور أو الرمز المحفوظ مفقود. افتح «الحسابات» وأعِد ربط الحساب.</translation>
    </message>
</context>
<context>
    <name>PublishScheduleBox</name>
    <message>
        <location filename="../../ui/publishing/schedule_box.py" line="18"/>
        <source>Publish while SMM Desk is closed</source>
        <translation>النشر وSMM Desk مغلق</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/schedule_box.py" line="23"/>
        <source>Let this computer send your scheduled posts every 5 minutes, even when the SMM Desk window is closed (the computer must be on and you logged in).</source>
        <translation>دع هذا الحاسوب يرسل منشوراتك المجدولة كل ٥ دقائق، حتى عندما تكون نافذة SMM Desk مغلقة (يجب أن يكون الحاسوب قيد التشغيل وأنت مسجّل الدخول).</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/schedule_box.py" line="30"/>
        <source>Turn on</source>
        <translation>تشغيل</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/schedule_box.py" line="32"/>
        <source>Turn off</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/schedule_box.py" line="52"/>
        <source>On: %1.</source>
        <translation>قيد التشغيل: %1.</translation>
    </message>
    <message>
        <source>On: {what}.</source>
        <translation type="vanished">قيد التشغيل: {what}.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/schedule_box.py" line="54"/>
        <source>Off. Posts go out only while SMM Desk is open.</source>
        <translation>متوقف. تُنشر المنشورات فقط عندما يكون SMM Desk مفتوحًا.</translation>
    </message>
</context>
<context>
    <name>PublishingActions</name>
    <message>
        <location filename="../../ui/publishing/target_actions.py" line="77"/>
        <source>%1 @%2: not published</source>
        <translation>%1 @%2: لم يُنشر</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/target_actions.py" line="79"/>
        <source>%1 @%2: check whether it went out</source>
        <translation>%1 @%2: تحقق مما إذا نُشر</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/target_actions.py" line="84"/>
        <source>See why</source>
        <translation>اعرف السبب</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/target_actions.py" line="89"/>
        <source>Retry</source>
        <translation>أعِد المحاولة</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/target_actions.py" line="136"/>
        <source>It will be sent in a moment.</source>
        <translation>سيُرسل بعد لحظات.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/target_actions.py" line="157"/>
        <source>That did not work (%1). Try again.</source>
        <translation>لم ينجح ذلك (%1). حاول مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>ReadyToPostDialog</name>
    <message>
        <source>Ready to post on {platform}</source>
        <translation type="vanished">جاهز للنشر على {platform}</translation>
    </message>
    <message>
        <source>It is time for this post. The text is copied: paste it on {platform}. The photos ({count}) are in a folder, numbered in order. When it is up, mark it as posted.</source>
        <translation type="vanished">حان وقت هذا المنشور. نُسخ النص: الصقه على {platform}. الصور ({count}) في مجلد، مرقّمة بالترتيب. عندما يُنشر، علِّمه كمنشور.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/ready_dialog.py" line="63"/>
        <source>Copy text again</source>
        <translation>انسخ النص مجددًا</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/ready_dialog.py" line="65"/>
        <source>Open photos folder</source>
        <translation>فتح مجلد الصور</translation>
    </message>
    <message>
        <source>Open {platform}</source>
        <translation type="vanished">فتح {platform}</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/ready_dialog.py" line="41"/>
        <source>Ready to post on %1</source>
        <translation>جاهز للنشر على %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/publishing/ready_dialog.py" line="48"/>
        <source>It is time for this post. The text is copied: paste it on %1. The photos (%n) are in a folder, numbered in order. When it is up, mark it as posted.</source>
        <translation>
            <numerusform>حان وقت هذا المنشور. نُسخ النص: الصقه على %1. الصور (%n) في مجلد، مرقّمة بالترتيب. عندما يُنشر، علِّمه كمنشور.</numerusform>
            <numerusform>حان وقت هذا المنشور. نُسخ النص: الصقه على %1. الصور (%n) في مجلد، مرقّمة بالترتيب. عندما يُنشر، علِّمه كمنشور.</numerusform>
            <numerusform>حان وقت هذا المنشور. نُسخ النص: الصقه على %1. الصور (%n) في مجلد، مرقّمة بالترتيب. عندما يُنشر، علِّمه كمنشور.</numerusform>
            <numerusform>حان وقت هذا المنشور. نُسخ النص: الصقه على %1. الصور (%n) في مجلد، مرقّمة بالترتيب. عندما يُنشر، علِّمه كمنشور.</numerusform>
            <numerusform>حان وقت هذا المنشور. نُسخ النص: الصقه على %1. الصور (%n) في مجلد، مرقّمة بالترتيب. عندما يُنشر، علِّمه كمنشور.</numerusform>
            <numerusform>حان وقت هذا المنشور. نُسخ النص: الصقه على %1. الصور (%n) في مجلد، مرقّمة بالترتيب. عندما يُنشر، علِّمه كمنشور.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/publishing/ready_dialog.py" line="72"/>
        <source>Open %1</source>
        <translation>فتح %1</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/ready_dialog.py" line="82"/>
        <source>Link to the post (optional)</source>
        <translation>رابط المنشور (اختياري)</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/ready_dialog.py" line="86"/>
        <source>Later</source>
        <translation>لاحقًا</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/ready_dialog.py" line="88"/>
        <source>Mark as posted</source>
        <translation>تم النشر</translation>
    </message>
</context>
<context>
    <name>ReconnectSoonButton</name>
    <message>
        <location filename="../../ui/accounts/expiry.py" line="58"/>
        <source>Reconnect %1 (%2): its login expired</source>
        <translation>أعِد ربط %1 (%2): انتهت صلاحية بيانات دخوله</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/expiry.py" line="60"/>
        <source>Reconnect %1 (%2) by %3</source>
        <translation>أعِد ربط %1 (%2) قبل %3</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/expiry.py" line="61"/>
        <source>SMM Desk could not renew this login by itself. Click to reconnect it.</source>
        <translation>لم يتمكن SMM Desk من تجديد بيانات الدخول هذه بنفسه. انقر لإعادة ربطه.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/accounts/expiry.py" line="63"/>
        <source>%n more account(s) need the same.</source>
        <translation>
            <numerusform>يحتاج %n حساب آخر إلى الإجراء نفسه.</numerusform>
            <numerusform>يحتاج %n حساب آخر إلى الإجراء نفسه.</numerusform>
            <numerusform>يحتاج %n حساب آخر إلى الإجراء نفسه.</numerusform>
            <numerusform>يحتاج %n حسابات أخرى إلى الإجراء نفسه.</numerusform>
            <numerusform>يحتاج %n حسابًا آخر إلى الإجراء نفسه.</numerusform>
            <numerusform>يحتاج %n حساب آخر إلى الإجراء نفسه.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RubricCombo</name>
    <message>
        <location filename="../../ui/composer/widgets.py" line="276"/>
        <source>No rubric</source>
        <translation>بلا فئة</translation>
    </message>
</context>
<context>
    <name>RubricsDialog</name>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="75"/>
        <source>Rubrics</source>
        <translation>الفئات</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="79"/>
        <source>Rubrics are the kinds of post you make (product, tips, behind the scenes…). The target share is how much of your plan each should take.</source>
        <translation>الفئات هي أنواع منشوراتك (المنتج، نصائح، كواليس…). الحصة المستهدفة هي ما يجب أن تشغله كل فئة من خطتك.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="95"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="96"/>
        <source>Colour</source>
        <translation>اللون</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="97"/>
        <source>Target share</source>
        <translation>الحصة المستهدفة</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="104"/>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="105"/>
        <source>Save changes</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="106"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="151"/>
        <source>Rubric colour</source>
        <translation>لون الفئة</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="167"/>
        <source>New rubric</source>
        <translation>فئة جديدة</translation>
    </message>
</context>
<context>
    <name>SchedulePanel</name>
    <message>
        <location filename="../../ui/composer/panels.py" line="83"/>
        <location filename="../../ui/composer/panels.py" line="197"/>
        <source>Post now</source>
        <translation>انشر الآن</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="84"/>
        <source>Next free slot</source>
        <translation>أقرب وقت متاح</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="86"/>
        <source>Each account&apos;s next free posting time from its queue (Plan screen)</source>
        <translation>أقرب وقت نشر متاح لكل حساب من طابوره (شاشة الخطة)</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="88"/>
        <source>At</source>
        <translation>في</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="104"/>
        <source>From the engagement of your own published posts (Dashboard).</source>
        <translation>بناءً على تفاعل منشوراتك التي تم نشرها (الإحصاءات).</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="106"/>
        <source>Use this time</source>
        <translation>استخدام هذا الوقت</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="115"/>
        <location filename="../../ui/composer/panels.py" line="201"/>
        <source>Schedule</source>
        <translation>جدولة</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="127"/>
        <source>Show in calendar</source>
        <translation>عرض في التقويم</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="140"/>
        <source>No free posting time for %1: add posting times on the Plan screen, or pick a date and time.</source>
        <translation>لا يوجد وقت نشر متاح لـ %1: أضف أوقات نشر في شاشة الخطة، أو اختر تاريخًا ووقتًا.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/composer/panels.py" line="167"/>
        <source>Added to the queue of %n account(s).</source>
        <translation>
            <numerusform>أُضيف إلى طابور %n حساب.</numerusform>
            <numerusform>أُضيف إلى طابور %n حساب.</numerusform>
            <numerusform>أُضيف إلى طابور %n حساب.</numerusform>
            <numerusform>أُضيف إلى طابور %n حسابات.</numerusform>
            <numerusform>أُضيف إلى طابور %n حسابًا.</numerusform>
            <numerusform>أُضيف إلى طابور %n حساب.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/composer/panels.py" line="171"/>
        <source>Sent to the queue for %n account(s): it goes out now.</source>
        <translation>
            <numerusform>أُرسل إلى طابور %n حساب: يُنشر الآن.</numerusform>
            <numerusform>أُرسل إلى طابور %n حساب: يُنشر الآن.</numerusform>
            <numerusform>أُرسل إلى طابور %n حساب: يُنشر الآن.</numerusform>
            <numerusform>أُرسل إلى طابور %n حسابات: يُنشر الآن.</numerusform>
            <numerusform>أُرسل إلى طابور %n حسابًا: يُنشر الآن.</numerusform>
            <numerusform>أُرسل إلى طابور %n حساب: يُنشر الآن.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/composer/panels.py" line="174"/>
        <source>Scheduled for %n account(s).</source>
        <translation>
            <numerusform>جُدول لـ %n حساب.</numerusform>
            <numerusform>جُدول لـ %n حساب.</numerusform>
            <numerusform>جُدول لـ %n حساب.</numerusform>
            <numerusform>جُدول لـ %n حسابات.</numerusform>
            <numerusform>جُدول لـ %n حسابًا.</numerusform>
            <numerusform>جُدول لـ %n حساب.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="179"/>
        <source>%1: ready to post now; SMM Desk shows you the text and photos.</source>
        <translation>%1: جاهز للنشر الآن؛ يعرض لك SMM Desk النص والصور.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="186"/>
        <source>%1: ready to post at %2; SMM Desk will remind you then.</source>
        <translation>%1: جاهز للنشر في %2؛ سيذكّرك SMM Desk حينها.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="199"/>
        <source>Add to queue</source>
        <translation>إلى الطابور</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="219"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="225"/>
        <source>Your posts do best on %1.</source>
        <translation>أفضل أداء لمنشوراتك: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="242"/>
        <source>Write your post above, then schedule it here.</source>
        <translation>اكتب منشورك في الأعلى، ثم جدوِله هنا.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="261"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="272"/>
        <source>Choose at least one account above.</source>
        <translation>اختر حسابًا واحدًا على الأقل في الأعلى.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="275"/>
        <source>Fix these before scheduling, or remove the account from the post:</source>
        <translation>أصلِح هذه قبل الجدولة، أو أزِل الحساب من المنشور:</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="278"/>
        <source>Ready. Worth a look:</source>
        <translation>جاهز. يستحق نظرة:</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="280"/>
        <source>Ready to schedule: no problems found.</source>
        <translation>جاهز للجدولة: لم تُعثر على مشكلات.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/settings_page.py" line="28"/>
        <source>Africa</source>
        <translation>أفريقيا</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="29"/>
        <source>Americas</source>
        <translation>الأمريكتان</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="30"/>
        <source>Antarctica</source>
        <translation>القارة القطبية الجنوبية</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="31"/>
        <source>Arctic</source>
        <translation>القطب الشمالي</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="32"/>
        <source>Asia</source>
        <translation>آسيا</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="33"/>
        <source>Atlantic Ocean</source>
        <translation>المحيط الأطلسي</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="34"/>
        <source>Australia</source>
        <translation>أستراليا</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="35"/>
        <source>Europe</source>
        <translation>أوروبا</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="36"/>
        <source>Indian Ocean</source>
        <translation>المحيط الهندي</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="37"/>
        <source>Pacific Ocean</source>
        <translation>المحيط الهادئ</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="104"/>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="111"/>
        <source>Your shop</source>
        <translation>متجرك</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="117"/>
        <source>e.g. Bakery Zoet</source>
        <translation>مثل: مخبز الياسمين</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="119"/>
        <source>Shop name</source>
        <translation>اسم المتجر</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="122"/>
        <source>Printed at the top of your reports, with the logo you chose for your photos (Media).</source>
        <translation>يُطبع أعلى تقاريرك، مع الشعار الذي اخترته لصورك (الوسائط).</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="130"/>
        <source>Language and time</source>
        <translation>اللغة والوقت</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="140"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="144"/>
        <source>Restart now</source>
        <translation>إعادة التشغيل الآن</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="160"/>
        <source>Gregorian</source>
        <translation>ميلادي</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="161"/>
        <source>Persian (Jalali)</source>
        <translation>هجري شمسي (جلالي)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="162"/>
        <source>Islamic</source>
        <translation>هجري</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="168"/>
        <source>Calendar</source>
        <translation>التقويم</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="176"/>
        <source>Type a city or a country</source>
        <translation>اكتب مدينة أو دولة</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="178"/>
        <source>Time zone</source>
        <translation>المنطقة الزمنية</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="180"/>
        <location filename="../../ui/settings_page.py" line="287"/>
        <source>Posting times are shown and scheduled in this time zone.</source>
        <translation>تُعرض أوقات النشر وتُجدول بهذه المنطقة الزمنية.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="186"/>
        <source>Your data</source>
        <translation>بياناتك</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="189"/>
        <source>Data folder</source>
        <translation>مجلد البيانات</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="190"/>
        <source>Backups</source>
        <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="191"/>
        <source>Log files</source>
        <translation>ملفات السجل</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="197"/>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="202"/>
        <source>Photo hosting</source>
        <translation>استضافة الصور</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="207"/>
        <source>Set up…</source>
        <translation>إعداد…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="218"/>
        <source>About SMM Desk…</source>
        <translation>حول SMM Desk…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="273"/>
        <location filename="../../ui/settings_page.py" line="284"/>
        <source>Unknown time zone: pick one from the list.</source>
        <translation>منطقة زمنية غير معروفة: اختر واحدة من القائمة.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="311"/>
        <source>SMM Desk restarts in %1 — your work is saved.</source>
        <translation>يُعاد تشغيل SMM Desk باللغة ⁨%1⁩ — عملك محفوظ.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="317"/>
        <source>The new language is used from the next start.</source>
        <translation>تُستخدم اللغة الجديدة من التشغيل التالي.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="333"/>
        <source>Not set up: Instagram posts, and Threads posts with photos, are assisted.</source>
        <translation>غير مُعدّة: منشورات Instagram، ومنشورات Threads التي فيها صور، تُنشر بمساعدتك.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="335"/>
        <source>Instagram and Threads photos go through bucket %1.</source>
        <translation>تمر صور Instagram وThreads عبر الحاوية %1.</translation>
    </message>
</context>
<context>
    <name>ShapeCombo</name>
    <message>
        <location filename="../../ui/composer/widgets.py" line="311"/>
        <source>Square 1:1</source>
        <translation>مربع ١:١</translation>
    </message>
    <message>
        <location filename="../../ui/composer/widgets.py" line="312"/>
        <source>Portrait 4:5</source>
        <translation>عمودي ٤:٥</translation>
    </message>
    <message>
        <location filename="../../ui/composer/widgets.py" line="313"/>
        <source>Landscape 1.91:1</source>
        <translation>أفقي ١٫٩١:١</translation>
    </message>
</context>
<context>
    <name>SnippetBar</name>
    <message>
        <location filename="../../ui/composer/snippets.py" line="59"/>
        <source>Hashtag sets</source>
        <translation>مجموعات الوسوم</translation>
    </message>
    <message>
        <location filename="../../ui/composer/snippets.py" line="62"/>
        <source>Templates</source>
        <translation>القوالب</translation>
    </message>
    <message>
        <location filename="../../ui/composer/snippets.py" line="93"/>
        <source>Nothing saved yet</source>
        <translation>لم يُحفظ شيء بعد</translation>
    </message>
    <message>
        <location filename="../../ui/composer/snippets.py" line="96"/>
        <source>Save this post&apos;s hashtags as a set…</source>
        <translation>حفظ وسوم هذا المنشور كمجموعة…</translation>
    </message>
    <message>
        <location filename="../../ui/composer/snippets.py" line="98"/>
        <source>Save the selected text as a template…</source>
        <translation>حفظ النص المحدد كقالب…</translation>
    </message>
    <message>
        <location filename="../../ui/composer/snippets.py" line="104"/>
        <source>%1 · %2 hashtags</source>
        <translation>%1 · الوسوم: %2</translation>
    </message>
    <message>
        <location filename="../../ui/composer/snippets.py" line="113"/>
        <source>More hashtags than %1 allow(s).</source>
        <translation>الوسوم أكثر مما يسمح به %1.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/snippets.py" line="134"/>
        <source>This post has no hashtags to save.</source>
        <translation>لا وسوم في هذا المنشور لحفظها.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/snippets.py" line="136"/>
        <source>Save hashtag set</source>
        <translation>حفظ مجموعة الوسوم</translation>
    </message>
    <message>
        <location filename="../../ui/composer/snippets.py" line="136"/>
        <location filename="../../ui/composer/snippets.py" line="146"/>
        <source>Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <location filename="../../ui/composer/snippets.py" line="144"/>
        <source>Select the text to keep as a template first.</source>
        <translation>حدّد أولًا النص الذي تريد حفظه كقالب.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/snippets.py" line="146"/>
        <source>Save template</source>
        <translation>حفظ القالب</translation>
    </message>
</context>
<context>
    <name>Stats</name>
    <message>
        <location filename="../../ui/report/labels.py" line="18"/>
        <location filename="../../ui/report/monthly.py" line="221"/>
        <source>Followers</source>
        <translation>المتابعون</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="19"/>
        <source>New followers</source>
        <translation>متابعون جدد</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="20"/>
        <source>Growth</source>
        <translation>النمو</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="21"/>
        <source>Posts published</source>
        <translation>المنشورات المنشورة</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="51"/>
        <location filename="../../ui/dashboard/posts_model.py" line="26"/>
        <location filename="../../ui/report/labels.py" line="22"/>
        <source>Reach</source>
        <translation>الوصول</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="52"/>
        <source>Likes</source>
        <translation>الإعجابات</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="53"/>
        <source>Comments</source>
        <translation>التعليقات</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="54"/>
        <source>Shares</source>
        <translation>المشاركات</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="55"/>
        <source>Saves</source>
        <translation>مرات الحفظ</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="56"/>
        <source>Link clicks</source>
        <translation>نقرات الرابط</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="70"/>
        <source>Enter a post&apos;s figures</source>
        <translation>إدخال أرقام منشور</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="74"/>
        <source>Copy the figures from the platform&apos;s app. Leave a figure at “—” if the platform does not show it. Earlier figures are kept.</source>
        <translation>انسخ الأرقام من تطبيق المنصة. اترك الرقم «—» إذا لم تعرضه المنصة. تُحفظ الأرقام السابقة.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="89"/>
        <location filename="../../ui/dashboard/posts_model.py" line="23"/>
        <source>Post</source>
        <translation>المنشور</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="143"/>
        <source>Add ad spend</source>
        <translation>إضافة إنفاق إعلاني</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="147"/>
        <source>Enter what a boosted post or an ad cost, as the ad manager shows it. Impressions, clicks and leads are optional; with them the Dashboard shows CPM, CPC and CPL.</source>
        <translation>أدخل تكلفة المنشور المُروَّج أو الإعلان كما يعرضها مدير الإعلانات. مرات الظهور والنقرات والعملاء المحتملون اختيارية؛ وبها تعرض الإحصاءات CPM وCPC وCPL.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="159"/>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="161"/>
        <source>No particular account</source>
        <translation>بلا حساب محدد</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/ad_spend_list.py" line="63"/>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="165"/>
        <location filename="../../ui/dashboard/import_dialog.py" line="120"/>
        <location filename="../../ui/dashboard/posts_model.py" line="22"/>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/ad_spend_list.py" line="60"/>
        <location filename="../../ui/dashboard/cards.py" line="117"/>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="169"/>
        <source>Platform</source>
        <translation>المنصة</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="171"/>
        <source>e.g. Weekend boost</source>
        <translation>مثل: ترويج نهاية الأسبوع</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/ad_spend_list.py" line="50"/>
        <source>Money spent on ads, one line per day and campaign. It is used for cost per click, per thousand views, per lead and per new follower.</source>
        <translation>المال المنفق على الإعلانات، سطر لكل يوم وحملة. يُستخدم لحساب تكلفة النقرة والألف ظهور والعميل المحتمل والمتابع الجديد.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/ad_spend_list.py" line="61"/>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="172"/>
        <source>Campaign</source>
        <translation>الحملة</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/ad_spend_list.py" line="62"/>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="176"/>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/ad_spend_list.py" line="59"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/ad_spend_list.py" line="74"/>
        <source>No ad spend entered yet.</source>
        <translation>لم يُدخل إنفاق إعلاني بعد.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/ad_spend_list.py" line="77"/>
        <source>Add…</source>
        <translation>إضافة…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/ad_spend_list.py" line="78"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/ad_spend_list.py" line="139"/>
        <source>Delete ad spend</source>
        <translation>حذف الإنفاق الإعلاني</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/ad_spend_list.py" line="141"/>
        <source>Delete %n ad spend entries? The costs per click and per follower are computed again without them.</source>
        <translation>
            <numerusform>هل تريد حذف قيود الإنفاق الإعلاني (%n)؟ تُحسب تكلفة النقرة والمتابع من جديد دونها.</numerusform>
            <numerusform>هل تريد حذف قيود الإنفاق الإعلاني (%n)؟ تُحسب تكلفة النقرة والمتابع من جديد دونها.</numerusform>
            <numerusform>هل تريد حذف قيود الإنفاق الإعلاني (%n)؟ تُحسب تكلفة النقرة والمتابع من جديد دونها.</numerusform>
            <numerusform>هل تريد حذف قيود الإنفاق الإعلاني (%n)؟ تُحسب تكلفة النقرة والمتابع من جديد دونها.</numerusform>
            <numerusform>هل تريد حذف قيود الإنفاق الإعلاني (%n)؟ تُحسب تكلفة النقرة والمتابع من جديد دونها.</numerusform>
            <numerusform>هل تريد حذف قيود الإنفاق الإعلاني (%n)؟ تُحسب تكلفة النقرة والمتابع من جديد دونها.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete %1 ad spend entries? The costs per click and per follower are computed again without them.</source>
        <translation type="vanished">هل تريد حذف قيود الإنفاق الإعلاني (%1)؟ تُحسب تكلفة النقرة والمتابع من جديد دونها.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="180"/>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="182"/>
        <source>Ad impressions</source>
        <translation>مرات ظهور الإعلان</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="183"/>
        <source>Ad clicks</source>
        <translation>نقرات الإعلان</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="184"/>
        <source>Leads</source>
        <translation>العملاء المحتملون</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/posts_model.py" line="21"/>
        <source>When</source>
        <translation>الموعد</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/posts_model.py" line="24"/>
        <source>Engagement</source>
        <translation>التفاعل</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/posts_model.py" line="25"/>
        <location filename="../../ui/report/labels.py" line="23"/>
        <source>Interactions</source>
        <translation>التفاعلات</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/posts_model.py" line="90"/>
        <source>Double-click to open it</source>
        <translation>انقر نقرًا مزدوجًا لفتحه</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="24"/>
        <source>Engagement rate (by reach)</source>
        <translation>معدل التفاعل (حسب الوصول)</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="25"/>
        <source>Engagement rate (by followers)</source>
        <translation>معدل التفاعل (حسب المتابعين)</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="26"/>
        <source>Reach rate</source>
        <translation>معدل الوصول</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="27"/>
        <source>Click-through rate</source>
        <translation>نسبة النقر (CTR)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/ad_spend_list.py" line="45"/>
        <location filename="../../ui/report/labels.py" line="28"/>
        <source>Ad spend</source>
        <translation>الإنفاق الإعلاني</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="29"/>
        <source>Cost per 1,000 impressions (CPM)</source>
        <translation>تكلفة الألف ظهور (CPM)</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="30"/>
        <source>Cost per click (CPC)</source>
        <translation>تكلفة النقرة (CPC)</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="31"/>
        <source>Cost per lead (CPL)</source>
        <translation>تكلفة العميل المحتمل (CPL)</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="32"/>
        <source>Cost per new follower</source>
        <translation>تكلفة المتابع الجديد</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="36"/>
        <source>Followers at the end of the period, all chosen accounts together.</source>
        <translation>المتابعون في نهاية الفترة، لكل الحسابات المختارة معًا.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="39"/>
        <source>Followers at the end minus followers at the start of the period.</source>
        <translation>المتابعون في نهاية الفترة ناقص المتابعين في بدايتها.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="42"/>
        <source>Growth: (followers at the end − followers at the start) / followers at the start.</source>
        <translation>النمو: (المتابعون في النهاية − المتابعون في البداية) / المتابعون في البداية.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="45"/>
        <source>Posts published in the period, per account.</source>
        <translation>المنشورات المنشورة في الفترة، لكل حساب.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="46"/>
        <source>Reach: the people who saw the period&apos;s posts, added up over the posts.</source>
        <translation>الوصول: الأشخاص الذين شاهدوا منشورات الفترة، مجموعًا على المنشورات.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="49"/>
        <source>Interactions: likes + comments + shares + saves, counting those the platform reports.</source>
        <translation>التفاعلات: الإعجابات + التعليقات + المشاركات + مرات الحفظ، مما تبلغ عنه المنصة.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="53"/>
        <source>Engagement rate by reach: interactions / reach, over posts that have a reach.</source>
        <translation>معدل التفاعل حسب الوصول: التفاعلات / الوصول، للمنشورات التي لها وصول.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="56"/>
        <source>Engagement rate by followers: interactions per post / followers.</source>
        <translation>معدل التفاعل حسب المتابعين: تفاعلات المنشور / المتابعون.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="59"/>
        <source>Reach rate: reach per post / followers.</source>
        <translation>معدل الوصول: وصول المنشور / المتابعون.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="60"/>
        <source>Click-through rate: clicks / impressions (or reach, without impressions).</source>
        <translation>نسبة النقر: النقرات / مرات الظهور (أو الوصول عند غيابها).</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="63"/>
        <source>Money spent on ads in the period, as entered.</source>
        <translation>المال المنفق على الإعلانات في الفترة، كما أُدخل.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="64"/>
        <source>CPM: ad spend per 1,000 ad impressions.</source>
        <translation>CPM: الإنفاق الإعلاني لكل ١٠٠٠ ظهور للإعلان.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="65"/>
        <source>CPC: ad spend / ad clicks.</source>
        <translation>CPC: الإنفاق الإعلاني / نقرات الإعلان.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="66"/>
        <source>CPL: ad spend / leads.</source>
        <translation>CPL: الإنفاق الإعلاني / العملاء المحتملون.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="67"/>
        <source>Cost per new follower: ad spend / new followers in the period.</source>
        <translation>تكلفة المتابع الجديد: الإنفاق الإعلاني / المتابعون الجدد في الفترة.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="73"/>
        <source>likes</source>
        <translation>إعجابات</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="74"/>
        <source>comments</source>
        <translation>تعليقات</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="75"/>
        <source>shares</source>
        <translation>مشاركات</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="76"/>
        <source>saves</source>
        <translation>مرات حفظ</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="77"/>
        <source>impressions</source>
        <translation>مرات ظهور</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="78"/>
        <source>reach</source>
        <translation>وصول</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="79"/>
        <source>clicks</source>
        <translation>نقرات</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="80"/>
        <source>followers</source>
        <translation>متابعون</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="81"/>
        <source>reach of the day</source>
        <translation>وصول اليوم</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="82"/>
        <source>views of the day</source>
        <translation>مشاهدات اليوم</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="83"/>
        <source>new followers</source>
        <translation>متابعون جدد</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="84"/>
        <source>lost followers</source>
        <translation>متابعون فُقدوا</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="94"/>
        <source>Mon</source>
        <translation>الإثنين</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="95"/>
        <source>Tue</source>
        <translation>الثلاثاء</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="96"/>
        <source>Wed</source>
        <translation>الأربعاء</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="97"/>
        <source>Thu</source>
        <translation>الخميس</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="98"/>
        <source>Fri</source>
        <translation>الجمعة</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="99"/>
        <source>Sat</source>
        <translation>السبت</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="100"/>
        <source>Sun</source>
        <translation>الأحد</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="127"/>
        <source>not enough data</source>
        <translation>بيانات غير كافية</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="134"/>
        <source>Counted here: %1.</source>
        <translation>محسوب هنا: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="159"/>
        <source>pp</source>
        <translation>نقطة مئوية</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="197"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="214"/>
        <source>Monthly report: %1</source>
        <translation>التقرير الشهري: %1</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="216"/>
        <source>Weekly report: %1</source>
        <translation>التقرير الأسبوعي: ⁨%1⁩</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="218"/>
        <source>Report for %1</source>
        <translation>تقرير %1</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="220"/>
        <source>Report on %1: %2</source>
        <translation>تقرير %1: ⁨%2⁩</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="238"/>
        <source>Reach %1 on the period before.</source>
        <translation>تغيّر الوصول ⁨%1⁩ مقارنةً بالفترة السابقة.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="241"/>
        <source>Reach: %1 (nothing to compare with yet).</source>
        <translation>الوصول: %1 (لا شيء للمقارنة به بعد).</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="248"/>
        <source>%1 engaged best (%2 engagement rate).</source>
        <translation>حقق %1 أفضل تفاعل (معدل التفاعل %2).</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="258"/>
        <source>Posts in “%1” did best (%2 engagement rate).</source>
        <translation>حققت منشورات «%1» أفضل أداء (معدل التفاعل %2).</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="267"/>
        <source>Post more on %1 around %2: your posts at that time did best.</source>
        <translation>انشر أكثر يوم %1 نحو الساعة %2: حققت منشوراتك في ذلك الوقت أفضل أداء.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="276"/>
        <source>Too few posts yet to say which day works best: an hour needs %1 posts before it counts.</source>
        <translation>المنشورات قليلة بعد لمعرفة أفضل يوم: لا تُحتسب الساعة قبل %1 منشورات.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/cards.py" line="63"/>
        <source>%1 vs previous period</source>
        <translation>%1 عن الفترة السابقة</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/cards.py" line="65"/>
        <source>no comparison yet</source>
        <translation>لا مقارنة بعد</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/cards.py" line="111"/>
        <source>Reach and engagement of each platform&apos;s posts in the period.</source>
        <translation>وصول منشورات كل منصة وتفاعلها خلال الفترة.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="122"/>
        <source>Followers over time</source>
        <translation>المتابعون عبر الوقت</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="129"/>
        <source>%1 → %2</source>
        <translation>من %1 إلى %2</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="133"/>
        <source>Followers are counted once a day while SMM Desk runs, or imported from a daily stats file.</source>
        <translation>يُحسب المتابعون مرة يوميًا أثناء تشغيل SMM Desk، أو يُستوردون من ملف إحصاءات يومي.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="141"/>
        <location filename="../../ui/report/monthly.py" line="227"/>
        <source>Engagement rate per post</source>
        <translation>معدل التفاعل لكل منشور</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/charts.py" line="147"/>
        <location filename="../../ui/dashboard/charts.py" line="165"/>
        <location filename="../../ui/dashboard/charts.py" line="231"/>
        <location filename="../../ui/report/monthly.py" line="286"/>
        <location filename="../../ui/report/monthly.py" line="335"/>
        <source>%n posts</source>
        <translation>
            <numerusform>%n منشور</numerusform>
            <numerusform>%n منشور</numerusform>
            <numerusform>%n منشور</numerusform>
            <numerusform>%n منشورات</numerusform>
            <numerusform>%n منشورًا</numerusform>
            <numerusform>%n منشور</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/charts.py" line="150"/>
        <source>%n without a reach figure left out</source>
        <translation>
            <numerusform>استُبعد %n بلا رقم وصول</numerusform>
            <numerusform>استُبعد %n بلا رقم وصول</numerusform>
            <numerusform>استُبعد %n بلا رقم وصول</numerusform>
            <numerusform>استُبعد %n بلا رقم وصول</numerusform>
            <numerusform>استُبعد %n بلا رقم وصول</numerusform>
            <numerusform>استُبعد %n بلا رقم وصول</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="212"/>
        <source>Suggested: %1, the darkest cell (outlined)</source>
        <translation>المقترح: %1، الخلية الأغمق (المحاطة بإطار)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="217"/>
        <source>next best: %1</source>
        <translation>يليه: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="222"/>
        <source>No suggestion yet: every hour you posted at has fewer than %1 posts (grey), too few to trust.</source>
        <translation>لا اقتراح بعد: كل ساعة نشرت فيها لديها أقل من %1 منشورات (رمادي)، وهذا أقل من أن يُعتمد عليه.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="230"/>
        <source>%1 of the last %2; grey: fewer than %3 posts</source>
        <translation>%1 خلال آخر %2؛ الرمادي: أقل من %3 منشورات</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/charts.py" line="232"/>
        <location filename="../../ui/report/labels.py" line="221"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n يوم</numerusform>
            <numerusform>%n يوم</numerusform>
            <numerusform>%n يوم</numerusform>
            <numerusform>%n أيام</numerusform>
            <numerusform>%n يومًا</numerusform>
            <numerusform>%n يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 posts</source>
        <translation type="vanished">المنشورات: %1</translation>
    </message>
    <message>
        <source>%1 without a reach figure are left out</source>
        <translation type="vanished">استُبعد %1 بلا رقم وصول</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="168"/>
        <source>ER %1</source>
        <translation>ER %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="170"/>
        <source>Too few posts to trust</source>
        <translation>منشورات أقل من أن يُعتمد عليها</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="197"/>
        <source>Best time to post</source>
        <translation>أفضل وقت للنشر</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="199"/>
        <source>From your own posts: the mean engagement rate of the posts published in each hour of each weekday. The number is how many posts; grey cells have too few to trust.</source>
        <translation>من منشوراتك: متوسط معدل التفاعل للمنشورات المنشورة في كل ساعة من كل يوم في الأسبوع. الرقم هو عدد المنشورات؛ الخلايا الرمادية فيها منشورات أقل من أن يُعتمد عليها.</translation>
    </message>
    <message>
        <source>Suggested: %1</source>
        <translation type="vanished">المقترح: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="228"/>
        <source>Not enough posts yet for a suggestion.</source>
        <translation>لا منشورات كافية بعد لاقتراح.</translation>
    </message>
    <message>
        <source>%1 posts of the last %2 days; grey: fewer than %3 posts</source>
        <translation type="vanished">المنشورات: %1 خلال الأيام الـ%2 الأخيرة؛ الرمادي: أقل من %3 منشورات</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="243"/>
        <source>Rubric performance</source>
        <translation>أداء الفئات</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="245"/>
        <source>Blue: the rubric&apos;s share of the period&apos;s posts. Grey: its share in your plan. The engagement rate is the mean over the rubric&apos;s posts.</source>
        <translation>الأزرق: حصة الفئة من منشورات الفترة. الرمادي: حصتها في خطتك. معدل التفاعل هو المتوسط على منشورات الفئة.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="254"/>
        <source>Blue: share of posts · grey: share in the plan</source>
        <translation>الأزرق: حصة المنشورات · الرمادي: الحصة في الخطة</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="70"/>
        <source>Line</source>
        <translation>السطر</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="71"/>
        <source>What happens</source>
        <translation>ما سيحدث</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="72"/>
        <source>Figures or problem</source>
        <translation>الأرقام أو المشكلة</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="52"/>
        <source>new post, imported</source>
        <translation>منشور جديد، استُورد</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="52"/>
        <source>imported</source>
        <translation>استُورد</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="53"/>
        <source>already imported</source>
        <translation>مستورد مسبقًا</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="54"/>
        <source>skipped</source>
        <translation>تم التخطي</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="87"/>
        <location filename="../../ui/dashboard/page.py" line="181"/>
        <source>Import a stats file</source>
        <translation>استيراد ملف إحصاءات</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="95"/>
        <source>Download the stats file from the platform (for Instagram and Facebook: Meta Business Suite › Insights › Content › Export; for X: Analytics › Export data; for VK: Statistics › Export), then choose it here. Nothing is stored until you press Import.</source>
        <translation>نزّل ملف الإحصاءات من المنصة (لـ Instagram وFacebook: ⁦Meta Business Suite › Insights › Content › Export⁩؛ لـ X: ⁦Analytics › Export data⁩؛ لـ VK: ⁦Statistics › Export⁩)، ثم اختره هنا. لا يُخزَّن شيء حتى تضغط «استيراد».</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="106"/>
        <source>The .csv file</source>
        <translation>ملف ⁦.csv⁩</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="107"/>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="111"/>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="115"/>
        <source>Kind of file</source>
        <translation>نوع الملف</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="117"/>
        <source>The only account of that platform</source>
        <translation>الحساب الوحيد لتلك المنصة</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="137"/>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="149"/>
        <source>Choose the stats file</source>
        <translation>اختر ملف الإحصاءات</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="149"/>
        <source>CSV files (*.csv *.txt)</source>
        <translation>ملفات CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="163"/>
        <source>Stopping…</source>
        <translation>جارٍ الإيقاف…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="217"/>
        <source>Reading the file…</source>
        <translation>جارٍ قراءة الملف…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="251"/>
        <source>For %1: %2, %3 already imported, %4 with a problem (they are skipped).</source>
        <translation>لـ %1: %2، مستوردة مسبقًا %3، بها مشكلة %4 (ستُتخطى).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/import_dialog.py" line="253"/>
        <source>%n rows to import</source>
        <translation>
            <numerusform>%n صف للاستيراد</numerusform>
            <numerusform>%n صف للاستيراد</numerusform>
            <numerusform>%n صف للاستيراد</numerusform>
            <numerusform>%n صفوف للاستيراد</numerusform>
            <numerusform>%n صفًا للاستيراد</numerusform>
            <numerusform>%n صف للاستيراد</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="277"/>
        <source>%1; %2</source>
        <translation>%1؛ %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/import_dialog.py" line="278"/>
        <source>Imported %n figures</source>
        <translation>
            <numerusform>الأرقام المستوردة: %n</numerusform>
            <numerusform>الأرقام المستوردة: %n</numerusform>
            <numerusform>الأرقام المستوردة: %n</numerusform>
            <numerusform>الأرقام المستوردة: %n</numerusform>
            <numerusform>الأرقام المستوردة: %n</numerusform>
            <numerusform>الأرقام المستوردة: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/import_dialog.py" line="279"/>
        <source>%n posts were new to SMM Desk.</source>
        <translation>
            <numerusform>منشورات جديدة على SMM Desk: %n.</numerusform>
            <numerusform>منشورات جديدة على SMM Desk: %n.</numerusform>
            <numerusform>منشورات جديدة على SMM Desk: %n.</numerusform>
            <numerusform>منشورات جديدة على SMM Desk: %n.</numerusform>
            <numerusform>منشورات جديدة على SMM Desk: %n.</numerusform>
            <numerusform>منشورات جديدة على SMM Desk: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>For %1: %2 rows to import, %3 already imported, %4 with a problem (they are skipped).</source>
        <translation type="vanished">لـ %1: صفوف للاستيراد %2، مستوردة مسبقًا %3، بها مشكلة %4 (ستُتخطى).</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="265"/>
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
        <source>Imported %1 figures; %2 posts were new to SMM Desk.</source>
        <translation type="vanished">استُورد من الأرقام: %1؛ منشورات جديدة على SMM Desk: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="123"/>
        <source>Dashboard</source>
        <translation>الإحصاءات</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="128"/>
        <source>Show one account or all of them together</source>
        <translation>اعرض حسابًا واحدًا أو كل الحسابات معًا</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="133"/>
        <source>Add figures</source>
        <translation>إضافة أرقام</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="137"/>
        <source>Import a stats file, or enter figures by hand</source>
        <translation>استورد ملف إحصاءات، أو أدخل الأرقام يدويًا</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="139"/>
        <source>Import a stats file…</source>
        <translation>استيراد ملف إحصاءات…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="141"/>
        <source>Enter a post&apos;s figures…</source>
        <translation>إدخال أرقام منشور…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="143"/>
        <source>Add ad spend…</source>
        <translation>إضافة إنفاق إعلاني…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="144"/>
        <source>Ad spend entries…</source>
        <translation>قيود الإنفاق الإعلاني…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="146"/>
        <source>Report…</source>
        <translation>تقرير…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="148"/>
        <source>Save this period as a PDF report, with its numbers as CSV beside it</source>
        <translation>احفظ هذه الفترة كتقرير PDF، مع أرقامها في ملف CSV بجانبه</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="150"/>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="151"/>
        <source>Fetch the latest figures from the platforms</source>
        <translation>جلب أحدث الأرقام من المنصات</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="163"/>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="165"/>
        <source>Open the saved report</source>
        <translation>فتح التقرير المحفوظ</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="176"/>
        <source>See what works</source>
        <translation>اعرف ما ينجح</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="178"/>
        <source>Your followers, reach and best posts appear here once there are figures: connect an account, or import the stats file a platform lets you download.</source>
        <translation>يظهر هنا متابعوك ووصولك وأفضل منشوراتك عند توفر الأرقام: اربط حسابًا، أو استورد ملف الإحصاءات الذي تتيح المنصة تنزيله.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="192"/>
        <source>Best post</source>
        <translation>أفضل منشور</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="212"/>
        <location filename="../../ui/report/monthly.py" line="300"/>
        <source>Top posts</source>
        <translation>أفضل المنشورات</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="213"/>
        <location filename="../../ui/report/monthly.py" line="304"/>
        <source>Posts that worked least</source>
        <translation>المنشورات الأضعف أداءً</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="264"/>
        <location filename="../../ui/report/monthly.py" line="150"/>
        <source>All accounts</source>
        <translation>كل الحسابات</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="290"/>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="305"/>
        <source>The figures could not be loaded: %1</source>
        <translation>تعذّر تحميل الأرقام: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="335"/>
        <source>%1 new</source>
        <translation>جديد: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="348"/>
        <location filename="../../ui/dashboard/page.py" line="356"/>
        <source>The post with the highest engagement rate by reach in the period.</source>
        <translation>المنشور صاحب أعلى معدل تفاعل حسب الوصول في الفترة.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="369"/>
        <source>%1, compared with %2</source>
        <translation>⁨%1⁩، مقارنة بـ ⁨%2⁩</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="411"/>
        <source>Save the report</source>
        <translation>حفظ التقرير</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="411"/>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="443"/>
        <source>Report saved: %1</source>
        <translation>حُفظ التقرير: %1</translation>
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
        <translation>لا يمكن قراءة أي من حساباتك مباشرة: استورد ملفات إحصاءاتها.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_bar.py" line="116"/>
        <source>Stopped; the figures fetched so far are kept.</source>
        <translation>توقف؛ الأرقام التي جُلبت حتى الآن محفوظة.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_bar.py" line="151"/>
        <source>Stop</source>
        <extracomment>the last refresh&apos;s English lines behind its notice (``report_details``)</extracomment>
        <translation>إيقاف</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_bar.py" line="153"/>
        <source>Stop fetching after the account being read now; what arrived is kept</source>
        <translation>أوقف الجلب بعد الحساب الجاري قراءته؛ يُحفظ ما وصل</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_bar.py" line="177"/>
        <source>The demo workspace shows made-up figures; it never fetches from the platforms.</source>
        <translation>تعرض مساحة العمل التجريبية أرقامًا وهمية؛ ولا تجلب شيئًا من المنصات.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_bar.py" line="189"/>
        <source>Stopping after the account being read now…</source>
        <translation>سيتوقف بعد الحساب الجاري قراءته…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_bar.py" line="196"/>
        <source>Fetching the latest figures…</source>
        <translation>جارٍ جلب أحدث الأرقام…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_bar.py" line="203"/>
        <source>Fetching the figures of %1 (%2 of %3)…</source>
        <translation>جارٍ جلب أرقام %1 (%2 من %3)…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_bar.py" line="218"/>
        <source>The figures could not be fetched: %1</source>
        <translation>تعذّر جلب الأرقام: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/period_picker.py" line="46"/>
        <source>Last 7 days</source>
        <translation>آخر ٧ أيام</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/period_picker.py" line="47"/>
        <source>Last 30 days</source>
        <translation>آخر ٣٠ يومًا</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/period_picker.py" line="48"/>
        <source>Last 90 days</source>
        <translation>آخر ٩٠ يومًا</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/period_picker.py" line="49"/>
        <source>This month</source>
        <translation>هذا الشهر</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/period_picker.py" line="50"/>
        <source>Last month</source>
        <translation>الشهر الماضي</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/period_picker.py" line="51"/>
        <source>Custom…</source>
        <translation>مخصص…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/period_picker.py" line="57"/>
        <source>Every figure is compared with the period just before.</source>
        <translation>يُقارن كل رقم بالفترة التي تسبقها مباشرة.</translation>
    </message>
    <message>
        <source>SMM Desk report</source>
        <translation type="vanished">تقرير SMM Desk</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation type="vanished">التقرير الشهري</translation>
    </message>
    <message>
        <source>%1 · compared with %2</source>
        <translation type="vanished">⁨%1⁩ · مقارنة بـ ⁨%2⁩</translation>
    </message>
    <message>
        <location filename="../../ui/report/monthly.py" line="152"/>
        <source>%1 · %2, compared with %3</source>
        <translation>%1 · ⁨%2⁩، مقارنة بـ ⁨%3⁩</translation>
    </message>
    <message>
        <location filename="../../ui/report/monthly.py" line="178"/>
        <source>This period</source>
        <translation>هذه الفترة</translation>
    </message>
    <message>
        <location filename="../../ui/report/monthly.py" line="178"/>
        <source>Previous</source>
        <translation>السابقة</translation>
    </message>
    <message>
        <location filename="../../ui/report/monthly.py" line="178"/>
        <source>Change</source>
        <translation>التغيّر</translation>
    </message>
    <message>
        <location filename="../../ui/report/monthly.py" line="285"/>
        <source>Best time to post (%1; grey: fewer than %2 posts, too few to trust)</source>
        <translation>أفضل وقت للنشر (%1؛ الرمادي: أقل من %2 منشورات، أقل من أن يُعتمد عليها)</translation>
    </message>
    <message>
        <location filename="../../ui/report/monthly.py" line="314"/>
        <source>By platform</source>
        <translation>حسب المنصة</translation>
    </message>
    <message>
        <location filename="../../ui/report/monthly.py" line="334"/>
        <source>%1 · reach %2 · interactions %3 · engagement rate %4</source>
        <translation>%1 · الوصول %2 · التفاعلات %3 · معدل التفاعل %4</translation>
    </message>
    <message>
        <location filename="../../ui/report/monthly.py" line="366"/>
        <source>%1 · engagement rate %2 · reach %3</source>
        <translation>%1 · معدل التفاعل %2 · الوصول %3</translation>
    </message>
    <message>
        <source>Best time to post (%1 posts; grey: fewer than %2 posts, too few to trust)</source>
        <translation type="vanished">أفضل وقت للنشر (المنشورات: %1؛ الرمادي: أقل من %2 منشورات، أقل من أن يُعتمد عليها)</translation>
    </message>
    <message>
        <location filename="../../ui/report/monthly.py" line="296"/>
        <source>Rubric mix: share of posts against the plan, and engagement</source>
        <translation>توزيع الفئات: حصة المنشورات مقابل الخطة، والتفاعل</translation>
    </message>
    <message>
        <location filename="../../ui/report/painting.py" line="298"/>
        <source>Fewer interactions</source>
        <translation>تفاعلات أقل</translation>
    </message>
    <message>
        <location filename="../../ui/report/painting.py" line="302"/>
        <source>more</source>
        <translation>أكثر</translation>
    </message>
    <message>
        <location filename="../../ui/report/painting.py" line="306"/>
        <source>too few posts to trust</source>
        <translation>منشورات أقل من أن يُعتمد عليها</translation>
    </message>
    <message>
        <location filename="../../ui/report/painting.py" line="313"/>
        <source>suggested</source>
        <translation>مقترح</translation>
    </message>
    <message>
        <location filename="../../ui/report/painting.py" line="341"/>
        <source>%1 of posts (plan %2) · ER %3</source>
        <translation>الحصة %1 (الخطة %2) · ER %3</translation>
    </message>
</context>
<context>
    <name>StatusBarNotifier</name>
    <message numerus="yes">
        <location filename="../../ui/publishing/notifier.py" line="175"/>
        <source>(+%n more)</source>
        <translation>
            <numerusform>(+%n أخرى)</numerusform>
            <numerusform>(+%n أخرى)</numerusform>
            <numerusform>(+%n أخرى)</numerusform>
            <numerusform>(+%n أخرى)</numerusform>
            <numerusform>(+%n أخرى)</numerusform>
            <numerusform>(+%n أخرى)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="333"/>
        <source>Step %1 of %2: %3</source>
        <translation>الخطوة %1 من %2: %3</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="353"/>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="354"/>
        <source>Copy %1</source>
        <translation>نسخ %1</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="375"/>
        <source>Copied: %1</source>
        <translation>نُسخ: %1</translation>
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
        <translation>فتح SMM Desk</translation>
    </message>
</context>
<context>
    <name>VersionTab</name>
    <message>
        <location filename="../../ui/composer/version_tab.py" line="58"/>
        <source>Campaign name, e.g. spring sale</source>
        <translation>اسم الحملة، مثل تخفيضات الربيع</translation>
    </message>
    <message>
        <location filename="../../ui/composer/version_tab.py" line="59"/>
        <source>Add tracking to links</source>
        <translation>إضافة التتبع إلى الروابط</translation>
    </message>
    <message>
        <location filename="../../ui/composer/version_tab.py" line="63"/>
        <source>Adds utm_source=%1, utm_medium=social and utm_campaign to every link in this version, so your website statistics show where visitors came from.</source>
        <translation>يضيف utm_source=%1 وutm_medium=social وutm_campaign إلى كل رابط في هذه النسخة، لتُظهر إحصاءات موقعك من أين أتى الزوار.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/version_tab.py" line="130"/>
        <source>Own version for %1.</source>
        <translation>نسخة خاصة بـ %1.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/version_tab.py" line="135"/>
        <source>Follows the main text. Change it here to adapt it for %1.</source>
        <translation>يتبع النص الرئيسي. غيّره هنا لتكييفه مع %1.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/version_tab.py" line="75"/>
        <source>Different time for this account</source>
        <translation>وقت مختلف لهذا الحساب</translation>
    </message>
    <message>
        <location filename="../../ui/composer/version_tab.py" line="131"/>
        <source>Use the main text again</source>
        <translation>العودة إلى النص الرئيسي</translation>
    </message>
    <message>
        <location filename="../../ui/composer/version_tab.py" line="137"/>
        <source>Write a separate version</source>
        <translation>كتابة نسخة منفصلة</translation>
    </message>
</context>
<context>
    <name>WeekGrid</name>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="215"/>
        <source>Posting times of the week</source>
        <translation>أوقات النشر في الأسبوع</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <location filename="../../ui/calendar/welcome.py" line="68"/>
        <source>Welcome to SMM Desk</source>
        <extracomment>Starts a detached process (tests record the command instead of starting a second app).</extracomment>
        <translation>مرحبًا بك في SMM Desk</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/welcome.py" line="77"/>
        <source>Plan your posts for every platform in one calendar, and SMM Desk posts them on time or reminds you. Start in one of three ways:</source>
        <translation>خطّط لمنشوراتك على كل المنصات في تقويم واحد، وسينشرها SMM Desk في موعدها أو يذكّرك بها. ابدأ بإحدى ثلاث طرق:</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/welcome.py" line="92"/>
        <location filename="../../ui/calendar/welcome.py" line="97"/>
        <source>Connect an account</source>
        <translation>ربط حساب</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/welcome.py" line="94"/>
        <source>Bluesky, Mastodon and Telegram get your posts at the planned time. For Instagram and the others SMM Desk reminds you, with the text and photos ready.</source>
        <translation>تصل منشوراتك إلى Bluesky وMastodon وTelegram في الوقت المخطط. أما في Instagram وغيرها، فيذكّرك SMM Desk بها مع تجهيز النص والصور.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/welcome.py" line="102"/>
        <source>Look around in the demo</source>
        <translation>استكشف النسخة التجريبية</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/welcome.py" line="105"/>
        <source>A made-up bakery with three accounts, a month of posts and their figures. It opens in a second window and never touches your own plan. Later, start it with: %1</source>
        <translation>مخبز وهمي بثلاثة حسابات، ومنشورات شهر كامل وأرقامها. يُفتح في نافذة ثانية ولا يمس خطتك أبدًا. لاحقًا، شغّله بالأمر: ⁦%1⁩</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/welcome.py" line="111"/>
        <source>Open the demo</source>
        <translation>فتح النسخة التجريبية</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/welcome.py" line="116"/>
        <source>Import a spreadsheet</source>
        <translation>استيراد جدول بيانات</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/welcome.py" line="118"/>
        <source>Already plan in Excel or Google Sheets? Save it as CSV (date, accounts, text) and bring the posts in: you see every row before anything is imported.</source>
        <translation>هل تخطط بالفعل في Excel أو Google Sheets؟ احفظ الخطة بصيغة CSV (التاريخ، الحسابات، النص) واجلب المنشورات: سترى كل صف قبل استيراد أي شيء.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/welcome.py" line="121"/>
        <source>Import a spreadsheet…</source>
        <translation>استيراد جدول بيانات…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/welcome.py" line="133"/>
        <source>Or start with an empty plan</source>
        <translation>أو ابدأ بخطة فارغة</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/welcome.py" line="201"/>
        <source>The demo is opening in a second window. Close it when you are done; nothing in it reaches your own plan.</source>
        <translation>تُفتح النسخة التجريبية في نافذة ثانية. أغلقها عند الانتهاء؛ لا يصل شيء منها إلى خطتك.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/welcome.py" line="208"/>
        <source>The demo could not be started from here. Start it with: %1</source>
        <translation>تعذّر تشغيل النسخة التجريبية من هنا. شغّلها بالأمر: ⁦%1⁩</translation>
    </message>
</context>
</TS>
