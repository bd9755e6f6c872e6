<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR">
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
        <translation>مشکلی پیش آمد، اما کار شما محفوظ است.</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="80"/>
        <source>SMM Desk keeps running. The details were saved in the log file:
%1</source>
        <translation>SMM Desk همچنان کار می‌کند. جزئیات در فایل گزارش ذخیره شد:
%1</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="103"/>
        <source>The data file is damaged, so SMM Desk cannot open it safely.</source>
        <translation>فایل داده آسیب دیده است، بنابراین SMM Desk نمی‌تواند آن را با اطمینان باز کند.</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="107"/>
        <source>SMM Desk can put back the newest good copy, saved %1. The damaged file is kept beside it under a new name (%2), never deleted.</source>
        <translation>SMM Desk می‌تواند تازه‌ترین نسخهٔ سالم را که در ⁨%1⁩ ذخیره شده است بازگرداند. فایل آسیب‌دیده با نامی تازه (⁦%2⁩) کنار آن نگه داشته می‌شود و هرگز پاک نمی‌شود.</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="115"/>
        <source>Put back the copy</source>
        <translation>بازگرداندن نسخه</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="116"/>
        <source>Not now</source>
        <translation>اکنون نه</translation>
    </message>
    <message>
        <source>SMM Desk keeps running. The details were saved in the log file:
{path}</source>
        <translation type="vanished">SMM Desk همچنان کار می‌کند. جزئیات در فایل گزارش ذخیره شد:
{path}</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about.py" line="86"/>
        <source>About SMM Desk</source>
        <translation>دربارهٔ SMM Desk</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="96"/>
        <source>SMM Desk</source>
        <translation>SMM Desk</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation type="vanished">نسخهٔ {version}</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="102"/>
        <source>Version %1</source>
        <translation>نسخهٔ %1</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="106"/>
        <source>Plan, write, publish and measure your social media posts.</source>
        <translation>پست‌های شبکه‌های اجتماعی خود را برنامه‌ریزی کنید، بنویسید، منتشر کنید و نتیجه را بسنجید.</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="114"/>
        <source>Your data folder</source>
        <translation>پوشهٔ داده‌های شما</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="117"/>
        <source>Log files</source>
        <translation>فایل‌های گزارش</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="123"/>
        <source>SMM Desk is built with the open-source components below. Select one to read its license.</source>
        <translation>SMM Desk با اجزای متن‌باز زیر ساخته شده است. برای خواندن مجوز هر کدام، آن را انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="150"/>
        <source>Select a component to read its license.</source>
        <translation>برای خواندن مجوز، یک جزء را انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="160"/>
        <source>Copy details</source>
        <translation>کپی جزئیات</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="163"/>
        <source>Copy the version and folders, to paste into a message to support.</source>
        <translation>نسخه و پوشه‌ها را کپی کنید تا در پیام به پشتیبانی بچسبانید.</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="179"/>
        <source>Open folder</source>
        <translation>باز کردن پوشه</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="195"/>
        <source>no file manager answered</source>
        <translation>هیچ مدیر فایلی پاسخ نداد</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="201"/>
        <source>Could not open the folder</source>
        <translation>پوشه باز نشد</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="203"/>
        <source>SMM Desk could not open the folder (%1). You can find it here:
%2</source>
        <translation>SMM Desk نتوانست پوشه را باز کند (%1). پوشه اینجاست:
%2</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="235"/>
        <source>No license text ships with this component; its license is %1.</source>
        <translation>متن مجوز همراه این جزء نیست؛ مجوز آن %1 است.</translation>
    </message>
    <message>
        <source>SMM Desk could not open the folder ({reason}). You can find it here:
{folder}</source>
        <translation type="vanished">SMM Desk نتوانست پوشه را باز کند ({reason}). پوشه اینجاست:
{folder}</translation>
    </message>
    <message>
        <source>No license text ships with this component; its license is {name}.</source>
        <translation type="vanished">متن مجوز همراه این جزء نیست؛ مجوز آن {name} است.</translation>
    </message>
</context>
<context>
    <name>AccountChips</name>
    <message>
        <location filename="../../ui/composer/widgets.py" line="191"/>
        <source>Needs reconnecting (Accounts screen)</source>
        <translation>نیاز به اتصال دوباره (صفحهٔ حساب‌ها)</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <location filename="../../ui/accounts/model.py" line="31"/>
        <source>Platform</source>
        <translation>پلتفرم</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="32"/>
        <source>Account</source>
        <translation>حساب</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="33"/>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="34"/>
        <source>Last checked</source>
        <translation>آخرین بررسی</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="75"/>
        <source>Needs reconnecting</source>
        <translation>نیاز به اتصال دوباره</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="77"/>
        <source>Disconnected</source>
        <translation>قطع‌شده</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="80"/>
        <source>Reconnect by %1</source>
        <translation>اتصال دوباره تا %1</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="82"/>
        <source>Reminders (you post)</source>
        <translation>یادآوری (انتشار با شما)</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="83"/>
        <source>Connected</source>
        <translation>متصل</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <location filename="../../ui/accounts/page.py" line="73"/>
        <source>Accounts</source>
        <translation>حساب‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="80"/>
        <location filename="../../ui/accounts/page.py" line="89"/>
        <location filename="../../ui/accounts/page.py" line="94"/>
        <source>Connect an account</source>
        <translation>اتصال حساب</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="91"/>
        <source>Connect Bluesky, Mastodon or Telegram and SMM Desk posts for you at the planned time. Add Instagram and the others to get a reminder with everything ready.</source>
        <translation>Bluesky، Mastodon یا Telegram را وصل کنید تا SMM Desk در زمان برنامه‌ریزی‌شده به‌جای شما پست بگذارد. Instagram و بقیه را اضافه کنید تا یادآوری با همه‌چیزِ آماده دریافت کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="138"/>
        <source>Test connection</source>
        <translation>آزمایش اتصال</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="145"/>
        <source>Allow photos…</source>
        <translation>اجازهٔ ارسال عکس…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="147"/>
        <source>Add a user token so SMM Desk can post VK posts with photos by itself</source>
        <translation>یک توکن کاربر اضافه کنید تا SMM Desk خودش پست‌های عکس‌دار VK را منتشر کند</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="153"/>
        <source>Photo hosting…</source>
        <extracomment>VK accounts whose user token is in the keyring (read with the list, off the GUI thread)</extracomment>
        <translation>میزبانی عکس…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="173"/>
        <source>Details</source>
        <translation>جزئیات</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="295"/>
        <source>The %1 login of %2 stopped working on %3. Reconnect it: its posts wait until you do.</source>
        <translation>اطلاعات ورود %1 برای %2 در %3 از کار افتاد. آن را دوباره وصل کنید: پست‌هایش تا آن موقع منتظر می‌مانند.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="305"/>
        <source>The %1 login of %2 stops working on %3 and SMM Desk could not renew it by itself. Reconnect it before then, or its posts will wait.</source>
        <translation>اطلاعات ورود %1 برای %2 در %3 از کار می‌افتد و SMM Desk نتوانست خودش آن را تمدید کند. پیش از آن دوباره وصلش کنید، وگرنه پست‌هایش منتظر می‌مانند.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/accounts/page.py" line="313"/>
        <source>%n more account(s) need the same.</source>
        <translation>
            <numerusform>%n حساب دیگر هم به همین کار نیاز دارد.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="346"/>
        <source>Something went wrong (%1). Try again; details are in the log.</source>
        <translation>مشکلی پیش آمد (%1). دوباره امتحان کنید؛ جزئیات در گزارش است.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="374"/>
        <source>%1 added. SMM Desk will remind you when its posts are due.</source>
        <translation>%1 اضافه شد. SMM Desk هنگام رسیدن زمان پست‌هایش به شما یادآوری می‌کند.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="379"/>
        <source>%1 is connected and works.</source>
        <translation>%1 متصل است و کار می‌کند.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="401"/>
        <source>Photos allowed for %1 (with the token of %2): SMM Desk now posts its VK posts with photos by itself.</source>
        <translation>ارسال عکس برای %1 فعال شد (با توکن %2): SMM Desk اکنون پست‌های عکس‌دار VK آن را خودش منتشر می‌کند.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="419"/>
        <source>Testing %1…</source>
        <translation>در حال آزمایش %1…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="425"/>
        <source>%1 works.</source>
        <translation>%1 کار می‌کند.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="446"/>
        <source>Remove %1? Its saved login is deleted; posts already sent stay in your plan. Click &quot;Yes, remove&quot; to go ahead.</source>
        <translation>%1 حذف شود؟ اطلاعات ورود ذخیره‌شدهٔ آن پاک می‌شود؛ پست‌های ارسال‌شده در برنامهٔ شما می‌مانند. برای ادامه روی «بله، حذف شود» کلیک کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="113"/>
        <location filename="../../ui/accounts/page.py" line="140"/>
        <source>Reconnect…</source>
        <translation>اتصال دوباره…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="142"/>
        <location filename="../../ui/accounts/page.py" line="254"/>
        <location filename="../../ui/accounts/page.py" line="454"/>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Something went wrong ({name}). Try again; details are in the log.</source>
        <translation type="vanished">مشکلی پیش آمد ({name}). دوباره امتحان کنید؛ جزئیات در گزارش است.</translation>
    </message>
    <message>
        <source>{handle} added. SMM Desk will remind you when its posts are due.</source>
        <translation type="vanished">{handle} اضافه شد. SMM Desk هنگام رسیدن زمان پست‌هایش به شما یادآوری می‌کند.</translation>
    </message>
    <message>
        <source>{handle} is connected and works.</source>
        <translation type="vanished">{handle} متصل است و کار می‌کند.</translation>
    </message>
    <message>
        <source>Testing {handle}…</source>
        <translation type="vanished">در حال آزمایش {handle}…</translation>
    </message>
    <message>
        <source>{handle} works.</source>
        <translation type="vanished">{handle} کار می‌کند.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="442"/>
        <source>Yes, remove</source>
        <translation>بله، حذف شود</translation>
    </message>
    <message>
        <source>Remove {handle}? Its saved login is deleted; posts already sent stay in your plan. Click &quot;Yes, remove&quot; to go ahead.</source>
        <translation type="vanished">{handle} حذف شود؟ اطلاعات ورود ذخیره‌شدهٔ آن پاک می‌شود؛ پست‌های ارسال‌شده در برنامهٔ شما می‌مانند. برای ادامه روی «بله، حذف شود» کلیک کنید.</translation>
    </message>
</context>
<context>
    <name>AllowPhotosDialog</name>
    <message>
        <location filename="../../ui/accounts/vk_photos.py" line="42"/>
        <source>Allow photos for %1</source>
        <translation>اجازهٔ ارسال عکس برای %1</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/vk_photos.py" line="47"/>
        <source>VK lets only a person upload photos to a community&apos;s wall, not the community&apos;s own token. With a user token of an administrator of the community, SMM Desk posts your VK posts with photos by itself. Without it, it posts the text-only ones and reminds you to post the ones with photos.</source>
        <translation>VK فقط به یک شخص اجازه می‌دهد روی دیوار انجمن عکس بارگذاری کند، نه به توکن خود انجمن. با توکن کاربرِ یکی از مدیران انجمن، SMM Desk پست‌های عکس‌دار VK شما را خودش منتشر می‌کند. بدون آن، فقط پست‌های بی‌عکس را منتشر می‌کند و برای انتشار پست‌های عکس‌دار به شما یادآوری می‌کند.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/vk_photos.py" line="57"/>
        <source>Paste a user token of an administrator of the community with the rights photos and wall. SMM Desk keeps it in your computer&apos;s password store, next to the community token.</source>
        <translation>توکن کاربرِ یکی از مدیران انجمن را با دسترسی‌های ⁦photos⁩ و ⁦wall⁩ بچسبانید. SMM Desk آن را در انبارهٔ گذرواژهٔ رایانهٔ شما، کنار توکن انجمن، نگه می‌دارد.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/vk_photos.py" line="68"/>
        <source>Paste the user token</source>
        <translation>توکن کاربر را بچسبانید</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/vk_photos.py" line="69"/>
        <source>User token</source>
        <translation>توکن کاربر</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/vk_photos.py" line="81"/>
        <location filename="../../ui/accounts/vk_photos.py" line="108"/>
        <source>Allow photos</source>
        <translation>اجازهٔ ارسال عکس</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/vk_photos.py" line="82"/>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/vk_photos.py" line="90"/>
        <source>Paste the user token first.</source>
        <translation>ابتدا توکن کاربر را بچسبانید.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/vk_photos.py" line="93"/>
        <source>Checking…</source>
        <translation>در حال بررسی…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/vk_photos.py" line="113"/>
        <source>Checking failed unexpectedly (%1). Try again.</source>
        <translation>بررسی به‌طور غیرمنتظره ناموفق بود (%1). دوباره امتحان کنید.</translation>
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
        <translation>پیش‌نویس ذخیره نشد (%1). متن شما هنوز اینجاست.</translation>
    </message>
</context>
<context>
    <name>BacklogPanel</name>
    <message>
        <location filename="../../ui/calendar/backlog.py" line="37"/>
        <source>Ideas</source>
        <translation>ایده‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/backlog.py" line="45"/>
        <source>Recently edited</source>
        <translation>ویرایش‌های اخیر</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/backlog.py" line="46"/>
        <source>Newest</source>
        <translation>جدیدترین</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/backlog.py" line="47"/>
        <source>A–Z</source>
        <translation>الف–ی</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/backlog.py" line="48"/>
        <source>By rubric</source>
        <translation>بر اساس دسته</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/backlog.py" line="56"/>
        <source>Posts without a date. Drag one onto a day, or put it in the queue.</source>
        <translation>پست‌های بدون تاریخ. یکی را روی یک روز بکشید یا در صف بگذارید.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/backlog.py" line="76"/>
        <source>Add to queue</source>
        <translation>افزودن به صف</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/backlog.py" line="78"/>
        <source>Put the selected ideas into each account&apos;s next free posting time</source>
        <translation>ایده‌های انتخاب‌شده را در نخستین زمان آزاد انتشار هر حساب بگذارید</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/backlog.py" line="88"/>
        <source>Ideas (%1)</source>
        <translation>ایده‌ها (%1)</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="433"/>
        <source>Checking the connection</source>
        <translation>بررسی اتصال</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="469"/>
        <source>Asking %1 whether the token works…</source>
        <extracomment>The values the account was connected with; a second visit with the same values shows the result again instead of connecting twice.</extracomment>
        <translation>در حال بررسی توکن با %1…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="471"/>
        <source>Adding the account…</source>
        <translation>در حال افزودن حساب…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="489"/>
        <source>Not connected yet</source>
        <translation>هنوز وصل نشده</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="498"/>
        <source>Connected as %1</source>
        <translation>متصل با نام %1</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="501"/>
        <source>%1 added</source>
        <translation>%1 اضافه شد</translation>
    </message>
</context>
<context>
    <name>ComponentsModel</name>
    <message>
        <location filename="../../ui/about.py" line="49"/>
        <source>Component</source>
        <translation>جزء</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="49"/>
        <source>Version</source>
        <translation>نسخه</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="49"/>
        <source>License</source>
        <translation>مجوز</translation>
    </message>
</context>
<context>
    <name>ComposePage</name>
    <message>
        <location filename="../../ui/composer/page.py" line="135"/>
        <source>Post to:</source>
        <translation>انتشار در:</translation>
    </message>
    <message>
        <location filename="../../ui/composer/page.py" line="139"/>
        <source>Rubric:</source>
        <translation>دسته:</translation>
    </message>
    <message>
        <location filename="../../ui/composer/page.py" line="145"/>
        <source>New post</source>
        <translation>پست جدید</translation>
    </message>
    <message>
        <location filename="../../ui/composer/page.py" line="150"/>
        <source>No accounts yet: add one on the Accounts screen. You can already write.</source>
        <translation>هنوز حسابی ندارید: در صفحهٔ حساب‌ها یکی اضافه کنید. از همین حالا می‌توانید بنویسید.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/page.py" line="166"/>
        <source>Write your post here. Each account can get its own version in its tab.</source>
        <translation>پست خود را اینجا بنویسید. هر حساب می‌تواند در زبانهٔ خودش نسخهٔ جداگانه داشته باشد.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/page.py" line="191"/>
        <source>Instagram shape:</source>
        <translation>ابعاد Instagram:</translation>
    </message>
    <message>
        <location filename="../../ui/composer/page.py" line="306"/>
        <source>Something went wrong: %1. Your text is still here.</source>
        <translation>مشکلی پیش آمد: %1. متن شما هنوز اینجاست.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/page.py" line="179"/>
        <source>Main text</source>
        <translation>متن اصلی</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="42"/>
        <source>Handle</source>
        <translation>نام کاربری</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="44"/>
        <source>App password</source>
        <translation>گذرواژهٔ برنامه</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="45"/>
        <source>In Bluesky: Settings &gt; Privacy and security &gt; App passwords &gt; Add. Never use your main password here.</source>
        <translation>در Bluesky: ⁦Settings &gt; Privacy and security &gt; App passwords &gt; Add⁩. هرگز گذرواژهٔ اصلی خود را اینجا به کار نبرید.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="52"/>
        <source>Account name</source>
        <translation>نام حساب</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="54"/>
        <source>Access token</source>
        <translation>توکن دسترسی</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="55"/>
        <source>On your server: Preferences &gt; Development &gt; New application (allow read and write), then copy &quot;Your access token&quot;.</source>
        <translation>در سرور خود: ⁦Preferences &gt; Development &gt; New application⁩ (اجازهٔ read و write را بدهید)، سپس «⁦Your access token⁩» را کپی کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="62"/>
        <source>Channel</source>
        <translation>کانال</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="64"/>
        <source>Bot token</source>
        <translation>توکن ربات</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="65"/>
        <source>Ask @BotFather for a bot (/newbot) and copy its token. Then make the bot an administrator of your channel who may post messages.</source>
        <translation>از ⁦@BotFather⁩ یک ربات بگیرید (⁦/newbot⁩) و توکن آن را کپی کنید. سپس ربات را با اجازهٔ ارسال پیام، مدیر کانال خود کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="72"/>
        <source>Community</source>
        <translation>انجمن</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="74"/>
        <source>Community token</source>
        <translation>توکن انجمن</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="75"/>
        <source>In VK, open your community &gt; Manage &gt; API usage &gt; Create token. Allow wall, photos and manage, then copy the token. SMM Desk posts as the community.</source>
        <translation>در VK انجمن خود را باز کنید و به ⁦Manage &gt; API usage &gt; Create token⁩ بروید. اجازهٔ ⁦wall⁩، ⁦photos⁩ و ⁦manage⁩ را بدهید، سپس توکن را کپی کنید. SMM Desk به نام انجمن پست می‌گذارد.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="83"/>
        <source>Optional, for photos: VK lets only a person upload photos to a wall. Paste a user token of an administrator of the community with the rights photos and wall. Without it, SMM Desk posts the text of VK posts by itself and reminds you to post the ones with photos.</source>
        <extracomment>VK: photos need a person&apos;s token (VK does not let a community token upload them).</extracomment>
        <translation>اختیاری، برای عکس‌ها: VK فقط به یک شخص اجازهٔ بارگذاری عکس روی دیوار را می‌دهد. توکن کاربرِ یکی از مدیران انجمن را با دسترسی‌های ⁦photos⁩ و ⁦wall⁩ بچسبانید. بدون آن، SMM Desk متن پست‌های VK را خودش منتشر می‌کند و برای انتشار پست‌های عکس‌دار به شما یادآوری می‌کند.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="89"/>
        <source>SMM Desk cannot post here by itself. At the planned time it reminds you, copies the text and saves the photos in a folder; you post and mark it done.</source>
        <translation>SMM Desk نمی‌تواند اینجا خودش پست بگذارد. در زمان برنامه‌ریزی‌شده به شما یادآوری می‌کند، متن را کپی می‌کند و عکس‌ها را در یک پوشه ذخیره می‌کند؛ شما منتشر می‌کنید و آن را انجام‌شده علامت می‌زنید.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="95"/>
        <source>Meta lets SMM Desk in only through a small app of your own at developers.facebook.com. The guided setup takes you through it step by step, in about ten minutes.</source>
        <extracomment>Facebook Pages, Instagram and Threads need an app of the owner&apos;s own: the guided setup.</extracomment>
        <translation>Meta فقط از راه یک اپ کوچک متعلق به خودتان در ⁦developers.facebook.com⁩ به SMM Desk اجازهٔ ورود می‌دهد. راه‌اندازی گام‌به‌گام شما را در حدود ده دقیقه قدم به قدم پیش می‌برد.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="102"/>
        <source>Click &quot;Open the sign-in page&quot;: your server opens in the browser. Sign in, allow SMM Desk, then copy the code it shows and paste it here.</source>
        <translation>روی «باز کردن صفحهٔ ورود» کلیک کنید تا سرور شما در مرورگر باز شود. وارد شوید، به SMM Desk اجازه دهید، سپس کدی را که نشان می‌دهد کپی کنید و اینجا بچسبانید.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="133"/>
        <source>Reconnect account</source>
        <extracomment>Opens a web address in the browser (tests record it instead).</extracomment>
        <translation>اتصال دوبارهٔ حساب</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="133"/>
        <source>Connect an account</source>
        <translation>اتصال حساب</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="144"/>
        <source>Platform</source>
        <translation>پلتفرم</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="145"/>
        <location filename="../../ui/accounts/connect_dialog.py" line="264"/>
        <source>Server address</source>
        <translation>نشانی سرور</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="156"/>
        <source>User token (optional)</source>
        <translation>توکن کاربر (اختیاری)</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="159"/>
        <source>Only for posts with photos</source>
        <translation>فقط برای پست‌های عکس‌دار</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="163"/>
        <source>How</source>
        <translation>روش</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="167"/>
        <source>Sign in through the browser (easiest)</source>
        <translation>ورود از راه مرورگر (ساده‌ترین)</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="168"/>
        <source>Paste an access token</source>
        <translation>چسباندن توکن دسترسی</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="177"/>
        <source>Open the sign-in page</source>
        <translation>باز کردن صفحهٔ ورود</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="188"/>
        <source>Code</source>
        <translation>کد</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="190"/>
        <source>Paste the code your server shows</source>
        <translation>کدی را که سرور نشان می‌دهد بچسبانید</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="208"/>
        <location filename="../../ui/accounts/connect_dialog.py" line="232"/>
        <location filename="../../ui/accounts/connect_dialog.py" line="444"/>
        <source>Reconnect</source>
        <translation>اتصال دوباره</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="208"/>
        <location filename="../../ui/accounts/connect_dialog.py" line="232"/>
        <location filename="../../ui/accounts/connect_dialog.py" line="444"/>
        <source>Connect</source>
        <translation>اتصال</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="254"/>
        <source>(filled in from your server)</source>
        <translation>(از سرور شما پر می‌شود)</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="262"/>
        <source>Server (leave empty for bsky.social)</source>
        <translation>سرور (برای bsky.social خالی بگذارید)</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="296"/>
        <source>Start the guided setup…</source>
        <translation>شروع راه‌اندازی گام‌به‌گام…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="345"/>
        <source>Enter your server&apos;s address first, e.g. mastodon.social</source>
        <translation>ابتدا نشانی سرور خود را وارد کنید، مثلاً mastodon.social</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="354"/>
        <source>Open the sign-in page again</source>
        <translation>باز کردن دوبارهٔ صفحهٔ ورود</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="358"/>
        <source>If the browser did not open, &lt;a href=&quot;%1&quot;&gt;click here&lt;/a&gt;.</source>
        <translation>اگر مرورگر باز نشد، &lt;a href=&quot;%1&quot;&gt;اینجا کلیک کنید&lt;/a&gt;.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="449"/>
        <source>Connecting failed unexpectedly (%1). Try again.</source>
        <translation>اتصال به‌طور غیرمنتظره ناموفق بود (%1). دوباره امتحان کنید.</translation>
    </message>
    <message>
        <source>If the browser did not open, &lt;a href=&quot;{url}&quot;&gt;click here&lt;/a&gt;.</source>
        <translation type="vanished">اگر مرورگر باز نشد، &lt;a href=&quot;{url}&quot;&gt;اینجا کلیک کنید&lt;/a&gt;.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="382"/>
        <location filename="../../ui/accounts/connect_dialog.py" line="422"/>
        <source>Checking…</source>
        <translation>در حال بررسی…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="415"/>
        <source>Click &quot;Open the sign-in page&quot; first.</source>
        <translation>ابتدا روی «باز کردن صفحهٔ ورود» کلیک کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="418"/>
        <source>Paste the code your server showed after you allowed it.</source>
        <translation>کدی را که سرور پس از اجازهٔ شما نشان داد بچسبانید.</translation>
    </message>
    <message>
        <source>Connecting failed unexpectedly ({name}). Try again.</source>
        <translation type="vanished">اتصال به‌طور غیرمنتظره ناموفق بود ({name}). دوباره امتحان کنید.</translation>
    </message>
</context>
<context>
    <name>CounterBar</name>
    <message>
        <location filename="../../ui/composer/widgets.py" line="243"/>
        <source>%1: %2 characters left</source>
        <translation>%1: %2 نویسه باقی مانده</translation>
    </message>
</context>
<context>
    <name>DatabaseBusy</name>
    <message>
        <location filename="../../ui/db_busy.py" line="16"/>
        <source>SMM Desk&apos;s database is busy with another task (an import?). Your change was not saved yet; try again in a moment.</source>
        <translation>پایگاه دادهٔ SMM Desk مشغول کار دیگری است (شاید درون‌ریزی). تغییر شما هنوز ذخیره نشده است؛ کمی بعد دوباره امتحان کنید.</translation>
    </message>
</context>
<context>
    <name>DayCellDelegate</name>
    <message>
        <location filename="../../ui/calendar/delegate.py" line="222"/>
        <location filename="../../ui/calendar/delegate.py" line="227"/>
        <source>nothing planned</source>
        <translation>برنامه‌ای نیست</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar/delegate.py" line="136"/>
        <source>+%n more</source>
        <translation>
            <numerusform>+%n مورد دیگر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar/delegate.py" line="137"/>
        <source>%n post(s)</source>
        <translation>
            <numerusform>%n پست</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <location filename="../../ui/calendar/details.py" line="41"/>
        <source>Edit</source>
        <translation>ویرایش</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/details.py" line="43"/>
        <source>Open this post in Compose (or double-click it)</source>
        <translation>باز کردن این پست در «نوشتن» (یا روی آن دوبار کلیک کنید)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/details.py" line="57"/>
        <source>No post selected</source>
        <translation>پستی انتخاب نشده</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/details.py" line="60"/>
        <source>Click a post to see it here. Drag it to another day to move it; hold Ctrl while dropping to copy it.</source>
        <translation>روی یک پست کلیک کنید تا اینجا ببینید. برای جابه‌جایی آن را به روز دیگری بکشید؛ برای کپی، هنگام رها کردن Ctrl را نگه دارید.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/details.py" line="82"/>
        <source>No rubric</source>
        <translation>بدون دسته</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/details.py" line="87"/>
        <source>Needs a photo for %1: open it and add one.</source>
        <translation>برای %1 عکس لازم است: پست را باز کنید و عکسی اضافه کنید.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="308"/>
        <location filename="../../ui/calendar/import_dialog.py" line="345"/>
        <source>Export the plan</source>
        <translation>برون‌بری برنامه</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="316"/>
        <source>Spreadsheet (CSV)</source>
        <translation>صفحه‌گسترده (CSV)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="317"/>
        <source>Calendar file (.ics)</source>
        <translation>فایل تقویم (⁦.ics⁩)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="318"/>
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="319"/>
        <source>To</source>
        <translation>تا</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="320"/>
        <source>Format</source>
        <translation>قالب</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="323"/>
        <source>Both days are included. A CSV opens in a spreadsheet and can be imported again; an .ics file opens in Google Calendar, Apple Calendar, Outlook or Thunderbird.</source>
        <translation>هر دو روز شامل می‌شوند. فایل CSV در صفحه‌گسترده باز می‌شود و دوباره قابل درون‌ریزی است؛ فایل ⁦.ics⁩ در Google Calendar، Apple Calendar، Outlook یا Thunderbird باز می‌شود.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="333"/>
        <source>Save as…</source>
        <translation>ذخیره با نام…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="362"/>
        <source>Could not save %1: %2</source>
        <translation>%1 ذخیره نشد: %2</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="365"/>
        <source>Saved %1 posts to %2.</source>
        <translation>%1 پست در %2 ذخیره شد.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="151"/>
        <source>All states</source>
        <translation>همهٔ وضعیت‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="153"/>
        <source>Scheduled</source>
        <translation>زمان‌بندی‌شده</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="154"/>
        <source>Drafts</source>
        <translation>پیش‌نویس‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="155"/>
        <source>Published</source>
        <translation>منتشرشده</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="156"/>
        <source>Failed</source>
        <translation>ناموفق</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="157"/>
        <source>Needs attention</source>
        <translation>نیاز به بررسی</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="158"/>
        <source>Needs you</source>
        <translation>منتظر شما</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="164"/>
        <source>Search posts (Ctrl+F)</source>
        <translation>جستجوی پست‌ها (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="190"/>
        <source>All accounts</source>
        <translation>همهٔ حساب‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="194"/>
        <source>All platforms</source>
        <translation>همهٔ پلتفرم‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="199"/>
        <source>All rubrics</source>
        <translation>همهٔ دسته‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="202"/>
        <source>No rubric</source>
        <translation>بدون دسته</translation>
    </message>
</context>
<context>
    <name>FocalPointWidget</name>
    <message>
        <location filename="../../ui/media/focal.py" line="28"/>
        <source>Click the most important spot (the product): every crop keeps it</source>
        <translation>روی مهم‌ترین نقطه (محصول) کلیک کنید: هر برشی آن را نگه می‌دارد</translation>
    </message>
</context>
<context>
    <name>GuiPublisher</name>
    <message numerus="yes">
        <location filename="../../ui/publishing/publisher.py" line="133"/>
        <source>SMM Desk: %n post(s) waiting to be published</source>
        <translation>
            <numerusform>SMM Desk: %n پست در انتظار انتشار</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/publishing/publisher.py" line="139"/>
        <source>Publishing paused: %1</source>
        <translation>انتشار متوقف شد: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/publishing/publisher.py" line="152"/>
        <source>%n post(s) published</source>
        <translation>
            <numerusform>%n پست منتشر شد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/publishing/publisher.py" line="154"/>
        <source>%n will be retried</source>
        <translation>
            <numerusform>%n مورد دوباره امتحان می‌شود</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/publishing/publisher.py" line="156"/>
        <source>%n failed — see why in the plan</source>
        <translation>
            <numerusform>%n مورد ناموفق — علت را در برنامه ببینید</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/publishing/publisher.py" line="158"/>
        <source>%n need(s) checking</source>
        <translation>
            <numerusform>%n مورد نیاز به بررسی دارد</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/publishing/publisher.py" line="231"/>
        <source>Time to post on %1</source>
        <translation>زمان انتشار در %1</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/publisher.py" line="234"/>
        <source>The text is copied and the photos are in a folder. Click here to see the post for %1.</source>
        <translation>متن کپی شد و عکس‌ها در یک پوشه‌اند. برای دیدن پست %1 اینجا کلیک کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/publisher.py" line="244"/>
        <source>A post to %1 failed</source>
        <translation>انتشار پست در %1 ناموفق بود</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/publisher.py" line="251"/>
        <source>Check a post on %1</source>
        <translation>پستی را در %1 بررسی کنید</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/publisher.py" line="254"/>
        <source>SMM Desk cannot tell whether the post to %1 went out. Click here to check it.</source>
        <translation>SMM Desk نمی‌داند پست در %1 منتشر شده است یا نه. برای بررسی اینجا کلیک کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/publisher.py" line="279"/>
        <source>Reconnect %1 on %2</source>
        <translation>%1 را در %2 دوباره وصل کنید</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/publisher.py" line="245"/>
        <source>Click here to see why.</source>
        <translation>برای دیدن علت اینجا کلیک کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/publisher.py" line="281"/>
        <source>Its posts wait until you sign in again. Click here to reconnect.</source>
        <translation>پست‌هایش تا ورود دوبارهٔ شما منتظر می‌مانند. برای اتصال دوباره اینجا کلیک کنید.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="127"/>
        <source>Import posts from a spreadsheet</source>
        <translation>درون‌ریزی پست‌ها از صفحه‌گسترده</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="134"/>
        <source>A CSV file with the columns scheduled_at, accounts, text, media and rubric. Nothing is imported until every row is fine.</source>
        <translation>فایل CSV با ستون‌های scheduled_at، accounts، text، media و rubric. تا همهٔ ردیف‌ها درست نباشند، چیزی درون‌ریزی نمی‌شود.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="143"/>
        <source>No file chosen</source>
        <translation>فایلی انتخاب نشده</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="144"/>
        <source>Choose file…</source>
        <translation>انتخاب فایل…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="146"/>
        <source>Check again</source>
        <translation>بررسی دوباره</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="148"/>
        <source>Read the file again after you fixed and saved it in your spreadsheet</source>
        <translation>پس از اصلاح و ذخیرهٔ فایل در صفحه‌گسترده، آن را دوباره بخوانید</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="157"/>
        <source>Rows without a date go into the queue (otherwise they become ideas)</source>
        <translation>ردیف‌های بی‌تاریخ به صف بروند (وگرنه ایده می‌شوند)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="160"/>
        <source>Show only the rows with a problem</source>
        <translation>فقط ردیف‌های دارای مشکل</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="183"/>
        <source>Import</source>
        <translation>درون‌ریزی</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="195"/>
        <source>Choose a CSV file</source>
        <translation>یک فایل CSV انتخاب کنید</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="195"/>
        <source>CSV files (*.csv)</source>
        <translation>فایل‌های CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="237"/>
        <source>Checking the rows: %1 of %2…</source>
        <translation>در حال بررسی ردیف‌ها: %1 از %2…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="259"/>
        <source>%1 of %2 rows have a problem (in red). Fix them in your spreadsheet, save, and press Check again. Nothing has been imported.</source>
        <translation>%1 ردیف از %2 ردیف مشکل دارد (قرمز). آن‌ها را در صفحه‌گسترده اصلاح و ذخیره کنید و «بررسی دوباره» را بزنید. چیزی درون‌ریزی نشده است.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="268"/>
        <source>%1 rows are ready to import.</source>
        <translation>%1 ردیف آمادهٔ درون‌ریزی است.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="271"/>
        <source>The file has no rows to import.</source>
        <translation>فایل ردیفی برای درون‌ریزی ندارد.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/rail.py" line="13"/>
        <source>Plan</source>
        <translation>برنامه</translation>
    </message>
    <message>
        <location filename="../../ui/rail.py" line="14"/>
        <source>Compose</source>
        <translation>نوشتن</translation>
    </message>
    <message>
        <location filename="../../ui/rail.py" line="15"/>
        <source>Dashboard</source>
        <translation>داشبورد</translation>
    </message>
    <message>
        <location filename="../../ui/rail.py" line="16"/>
        <source>Media</source>
        <translation>رسانه</translation>
    </message>
    <message>
        <location filename="../../ui/rail.py" line="17"/>
        <source>Accounts</source>
        <translation>حساب‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/rail.py" line="18"/>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="116"/>
        <source>SMM Desk</source>
        <translation>SMM Desk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="133"/>
        <source>Opening your workspace…</source>
        <translation>در حال باز کردن فضای کار…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="139"/>
        <source>Opening…</source>
        <translation>در حال باز کردن…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="194"/>
        <source>SMM Desk — demo workspace</source>
        <translation>SMM Desk — فضای کار نمایشی</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="278"/>
        <source>Workspace not open</source>
        <translation>فضای کار باز نیست</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="363"/>
        <source>No accounts connected yet</source>
        <translation>هنوز هیچ حسابی وصل نشده است</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="365"/>
        <source>No posts scheduled today</source>
        <translation>امروز پستی زمان‌بندی نشده است</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="367"/>
        <source>%n post(s) scheduled today</source>
        <translation>
            <numerusform>%n پست برای امروز زمان‌بندی شده</numerusform>
        </translation>
    </message>
    <message>
        <source>next at {time}</source>
        <translation type="vanished">بعدی در {time}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="371"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n ناموفق</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="373"/>
        <source>%n need(s) you</source>
        <translation>
            <numerusform>%n مورد منتظر شما</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="376"/>
        <source>Click to see the posts that need you</source>
        <translation>برای دیدن پست‌هایی که منتظر شما هستند کلیک کنید</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="378"/>
        <source>Click to see today&apos;s plan</source>
        <translation>برای دیدن برنامهٔ امروز کلیک کنید</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="440"/>
        <source>Network status unknown</source>
        <translation>وضعیت شبکه نامعلوم</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="436"/>
        <source>Online</source>
        <translation>آنلاین</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="369"/>
        <source>next at %1</source>
        <translation>بعدی در %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="438"/>
        <source>Offline — posts wait until you are back online</source>
        <translation>آفلاین — پست‌ها تا اتصال دوباره منتظر می‌مانند</translation>
    </message>
</context>
<context>
    <name>MediaPage</name>
    <message>
        <location filename="../../ui/media/page.py" line="81"/>
        <source>Media</source>
        <translation>رسانه</translation>
    </message>
    <message>
        <location filename="../../ui/media/page.py" line="89"/>
        <source>Search by file name or description</source>
        <translation>جستجو با نام فایل یا توضیح</translation>
    </message>
    <message>
        <location filename="../../ui/media/page.py" line="95"/>
        <location filename="../../ui/media/page.py" line="120"/>
        <source>Import photos…</source>
        <translation>درون‌ریزی عکس…</translation>
    </message>
    <message>
        <location filename="../../ui/media/intake.py" line="111"/>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <location filename="../../ui/media/page.py" line="115"/>
        <source>Your photos</source>
        <translation>عکس‌های شما</translation>
    </message>
    <message>
        <location filename="../../ui/media/page.py" line="117"/>
        <source>Keep your product photos here, ready for every platform. Import them, drop them on this window or paste them.</source>
        <translation>عکس‌های محصولاتتان را اینجا نگه دارید، آماده برای هر پلتفرم. آن‌ها را درون‌ریزی کنید، روی این پنجره رها کنید یا بچسبانید.</translation>
    </message>
    <message>
        <location filename="../../ui/media/page.py" line="143"/>
        <source>No photo matches your search.</source>
        <translation>هیچ عکسی با جستجوی شما جور نیست.</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="90"/>
        <source>Click the most important spot of the photo: every crop keeps it.</source>
        <translation>روی مهم‌ترین نقطهٔ عکس کلیک کنید: هر برشی آن را نگه می‌دارد.</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="103"/>
        <source>Description for people who cannot see the photo (alt text)</source>
        <translation>توضیح برای کسانی که عکس را نمی‌بینند (متن جایگزین)</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="108"/>
        <source>For example: Three golden croissants on a wooden board</source>
        <translation>مثلاً: سه کروسان طلایی روی تختهٔ چوبی</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="112"/>
        <source>Used in</source>
        <translation>استفاده‌شده در</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="119"/>
        <location filename="../../ui/media/page.py" line="295"/>
        <source>Delete photo</source>
        <translation>حذف عکس</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="124"/>
        <source>What each platform will show</source>
        <translation>آنچه هر پلتفرم نشان می‌دهد</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="180"/>
        <source>Not used in any post yet</source>
        <translation>هنوز در هیچ پستی استفاده نشده</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="43"/>
        <location filename="../../ui/media/details.py" line="184"/>
        <source>scheduled</source>
        <translation>زمان‌بندی‌شده</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="42"/>
        <source>draft</source>
        <translation>پیش‌نویس</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="44"/>
        <source>publishing</source>
        <translation>در حال انتشار</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="45"/>
        <source>will retry</source>
        <translation>تلاش دوباره</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="46"/>
        <source>published</source>
        <translation>منتشرشده</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="47"/>
        <source>failed</source>
        <translation>ناموفق</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="48"/>
        <source>needs attention</source>
        <translation>نیاز به بررسی</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="49"/>
        <source>to post now</source>
        <translation>آمادهٔ انتشار فوری</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="50"/>
        <source>skipped</source>
        <translation>ردشده</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="188"/>
        <source>no account yet</source>
        <translation>هنوز بدون حساب</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="189"/>
        <source>Untitled post</source>
        <translation>پست بی‌عنوان</translation>
    </message>
    <message>
        <location filename="../../ui/media/page.py" line="219"/>
        <source>Import photos</source>
        <translation>درون‌ریزی عکس‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/media/page.py" line="219"/>
        <source>Photos</source>
        <translation>عکس‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/media/intake.py" line="168"/>
        <source>Importing %1 of %2…</source>
        <translation>در حال درون‌ریزی %1 از %2…</translation>
    </message>
    <message>
        <location filename="../../ui/media/page.py" line="243"/>
        <source>Import stopped.</source>
        <translation>درون‌ریزی متوقف شد.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/media/page.py" line="245"/>
        <source>%n photo(s) added.</source>
        <translation>
            <numerusform>%n عکس اضافه شد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/media/page.py" line="247"/>
        <source>%n photo(s) were already in the library.</source>
        <translation>
            <numerusform>%n عکس از قبل در کتابخانه بود.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/media/intake.py" line="137"/>
        <source>Pasted photo</source>
        <translation>عکس چسبانده‌شده</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/media/page.py" line="287"/>
        <source>This photo is in %n scheduled post(s):</source>
        <translation>
            <numerusform>این عکس در %n پست زمان‌بندی‌شده است:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/media/page.py" line="289"/>
        <source>Deleting it takes it out of those posts. Delete it anyway?</source>
        <translation>با حذف، از آن پست‌ها هم برداشته می‌شود. باز هم حذف شود؟</translation>
    </message>
    <message>
        <location filename="../../ui/media/page.py" line="293"/>
        <source>Delete %1 from the library? This cannot be undone.</source>
        <translation>%1 از کتابخانه حذف شود؟ این کار برگشت‌پذیر نیست.</translation>
    </message>
    <message>
        <location filename="../../ui/media/page.py" line="304"/>
        <source>%1 was deleted.</source>
        <translation>%1 حذف شد.</translation>
    </message>
</context>
<context>
    <name>MediaPreviews</name>
    <message>
        <location filename="../../ui/media/previews.py" line="39"/>
        <source>landscape</source>
        <translation>افقی</translation>
    </message>
    <message>
        <location filename="../../ui/media/previews.py" line="40"/>
        <source>link</source>
        <translation>پیوند</translation>
    </message>
    <message>
        <location filename="../../ui/media/previews.py" line="41"/>
        <source>photo</source>
        <translation>عکس</translation>
    </message>
    <message>
        <location filename="../../ui/media/previews.py" line="42"/>
        <source>pin</source>
        <translation>پین</translation>
    </message>
    <message>
        <location filename="../../ui/media/previews.py" line="43"/>
        <source>portrait</source>
        <translation>عمودی</translation>
    </message>
    <message>
        <location filename="../../ui/media/previews.py" line="44"/>
        <source>square</source>
        <translation>مربع</translation>
    </message>
    <message>
        <location filename="../../ui/media/previews.py" line="45"/>
        <source>story</source>
        <translation>استوری</translation>
    </message>
    <message>
        <location filename="../../ui/media/previews.py" line="46"/>
        <source>thumbnail</source>
        <translation>تصویر کوچک</translation>
    </message>
    <message>
        <location filename="../../ui/media/previews.py" line="54"/>
        <source>shape kept</source>
        <translation>نسبت حفظ شد</translation>
    </message>
</context>
<context>
    <name>MediaStrip</name>
    <message>
        <location filename="../../ui/composer/media_strip.py" line="101"/>
        <source>Photos</source>
        <translation>عکس‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/composer/media_strip.py" line="104"/>
        <source>Add photos…</source>
        <translation>افزودن عکس…</translation>
    </message>
    <message>
        <location filename="../../ui/composer/media_strip.py" line="107"/>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../ui/composer/media_strip.py" line="117"/>
        <source>Drop photos here, or use Add photos…</source>
        <translation>عکس‌ها را اینجا رها کنید یا از «افزودن عکس…» استفاده کنید</translation>
    </message>
    <message>
        <location filename="../../ui/composer/media_strip.py" line="122"/>
        <source>Describe the selected photo for people who cannot see it (alt text)</source>
        <translation>عکس انتخاب‌شده را برای کسانی که آن را نمی‌بینند توصیف کنید (متن جایگزین)</translation>
    </message>
    <message>
        <location filename="../../ui/composer/media_strip.py" line="181"/>
        <source>⚠ no description</source>
        <translation>⚠ بدون توضیح</translation>
    </message>
    <message>
        <location filename="../../ui/composer/media_strip.py" line="184"/>
        <source>%1: add a description so people who cannot see it know what it shows</source>
        <translation>%1: توضیحی اضافه کنید تا کسانی که عکس را نمی‌بینند بدانند چه نشان می‌دهد</translation>
    </message>
</context>
<context>
    <name>MetaWizard</name>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="74"/>
        <source>Meta lets programs like SMM Desk in only through an app of your own, made at developers.facebook.com. It is free and takes about ten minutes. You have a role on your own app, so you may use it for your own account without Meta&apos;s review.</source>
        <extracomment>The platforms this wizard sets up (the connect dialog opens it for these). &quot;A Meta app (developers.facebook.com/apps)&quot;: threads/get-started, &quot;Before you start&quot;. pages-api/create-an-app: &quot;Meta&apos;s Graph API Explorer allows you to ... get access tokens&quot;. The Access Token Debugger (Meta&apos;s tool; its &quot;Extend Access Token&quot; button is not described in Meta&apos;s reference docs, only on the tool&apos;s page itself). A paragraph before ``text`` (translated on its own: the same one on every intro).</extracomment>
        <translation>Meta فقط از راه اپی متعلق به خودتان، ساخته‌شده در ⁦developers.facebook.com⁩، به نرم‌افزارهایی مانند SMM Desk اجازهٔ ورود می‌دهد. رایگان است و حدود ده دقیقه طول می‌کشد. شما در اپ خودتان نقش دارید، پس می‌توانید بدون بازبینی Meta از آن برای حساب خودتان استفاده کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="80"/>
        <source>Open developers.facebook.com</source>
        <translation>باز کردن developers.facebook.com</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="81"/>
        <source>Open My Apps</source>
        <translation>باز کردن My Apps</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="99"/>
        <location filename="../../ui/accounts/meta_wizard.py" line="162"/>
        <location filename="../../ui/accounts/meta_wizard.py" line="212"/>
        <source>Before you start</source>
        <translation>پیش از شروع</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="100"/>
        <source>You need your Facebook login and a Facebook Page you manage. Log in at developers.facebook.com; the first time, Meta asks you to register as a developer (free).</source>
        <translation>به اطلاعات ورود Facebook خود و یک صفحهٔ Facebook که مدیریتش می‌کنید نیاز دارید. در ⁦developers.facebook.com⁩ وارد شوید؛ بار نخست، Meta از شما می‌خواهد به‌عنوان توسعه‌دهنده ثبت‌نام کنید (رایگان).</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="111"/>
        <location filename="../../ui/accounts/meta_wizard.py" line="176"/>
        <location filename="../../ui/accounts/meta_wizard.py" line="224"/>
        <source>Create the app</source>
        <translation>ساخت اپ</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="112"/>
        <source>Click &quot;Create app&quot;. Type a name (the name of your shop will do) and your email. When Meta asks what the app is for, choose the use case &quot;Manage everything on your Page&quot;. If Meta asks for an app type instead, choose Business and add the product &quot;Facebook Login for Business&quot;.</source>
        <translation>روی «⁦Create app⁩» کلیک کنید. یک نام (نام فروشگاهتان کافی است) و ایمیل خود را بنویسید. وقتی Meta پرسید اپ برای چیست، کاربرد (use case) «⁦Manage everything on your Page⁩» را انتخاب کنید. اگر Meta به‌جای آن نوع اپ را پرسید، ⁦Business⁩ را انتخاب کنید و محصول «⁦Facebook Login for Business⁩» را اضافه کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="123"/>
        <location filename="../../ui/accounts/meta_wizard.py" line="234"/>
        <source>Choose the permissions</source>
        <translation>انتخاب مجوزها</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="124"/>
        <source>On the Dashboard of your app, click &quot;Customize the Manage everything on your Page use case&quot;, then click Add next to each of these permissions (some are there already):</source>
        <translation>در ⁦Dashboard⁩ اپ خود روی «⁦Customize the Manage everything on your Page use case⁩» کلیک کنید، سپس کنار هر یک از این مجوزها روی ⁦Add⁩ کلیک کنید (برخی از قبل هستند):</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="136"/>
        <location filename="../../ui/accounts/meta_wizard.py" line="199"/>
        <location filename="../../ui/accounts/meta_wizard.py" line="259"/>
        <source>Make a token</source>
        <translation>ساخت توکن</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="137"/>
        <source>Open the Graph API Explorer. Under &quot;Meta App&quot; choose your app, under &quot;User or Page&quot; choose &quot;Get User Access Token&quot;, and add the permissions of the last step. Click &quot;Generate Access Token&quot;, log in and allow your Page. Then copy the token (the long text in the Access Token box).</source>
        <translation>⁦Graph API Explorer⁩ را باز کنید. زیر «⁦Meta App⁩» اپ خود را انتخاب کنید، زیر «⁦User or Page⁩» گزینهٔ «⁦Get User Access Token⁩» را انتخاب کنید و مجوزهای گام قبل را اضافه کنید. روی «⁦Generate Access Token⁩» کلیک کنید، وارد شوید و به صفحهٔ خود اجازه دهید. سپس توکن (متن بلند در کادر ⁦Access Token⁩) را کپی کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="145"/>
        <source>Open the Graph API Explorer</source>
        <translation>باز کردن Graph API Explorer</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="148"/>
        <source>Make the token last</source>
        <translation>ماندگار کردن توکن</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="149"/>
        <source>A token from the Explorer stops working after about an hour. Open the Access Token Debugger, paste the token, click &quot;Debug&quot;, then &quot;Extend Access Token&quot; at the bottom, and copy the new token. It works for about 60 days; SMM Desk asks your Page for its own token with it each time it posts.</source>
        <translation>توکنِ ⁦Explorer⁩ پس از حدود یک ساعت از کار می‌افتد. ⁦Access Token Debugger⁩ را باز کنید، توکن را بچسبانید، روی «⁦Debug⁩» و سپس روی «⁦Extend Access Token⁩» در پایین صفحه کلیک کنید و توکن جدید را کپی کنید. این توکن حدود ۶۰ روز کار می‌کند؛ SMM Desk هر بار هنگام انتشار، با آن توکن مخصوص صفحهٔ شما را درخواست می‌کند.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="157"/>
        <source>Open the Access Token Debugger</source>
        <translation>باز کردن Access Token Debugger</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="163"/>
        <source>You need an Instagram professional account (Business or Creator); no Facebook Page is needed. Instagram fetches the photos of a post from a web address, so unless photo hosting is set up, SMM Desk prepares your Instagram posts and reminds you to post them (assisted). You may skip the setup: leave the token empty at the end.</source>
        <translation>به یک حساب حرفه‌ای Instagram (کسب‌وکار یا تولیدکنندهٔ محتوا) نیاز دارید؛ صفحهٔ Facebook لازم نیست. Instagram عکس‌های پست را از یک نشانی وب برمی‌دارد، پس تا وقتی میزبانی عکس راه‌اندازی نشده، SMM Desk پست‌های Instagram شما را آماده می‌کند و برای انتشارشان به شما یادآوری می‌کند (انتشار با کمک شما). می‌توانید از این راه‌اندازی بگذرید: در پایان توکن را خالی بگذارید.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="177"/>
        <source>Click &quot;Create app&quot;. Type a name (the name of your shop will do) and your email. Choose the use case &quot;Manage messaging and content on Instagram&quot;. If Meta asks for an app type, choose Business.</source>
        <translation>روی «⁦Create app⁩» کلیک کنید. یک نام (نام فروشگاهتان کافی است) و ایمیل خود را بنویسید. کاربرد (use case) «⁦Manage messaging and content on Instagram⁩» را انتخاب کنید. اگر Meta نوع اپ را پرسید، ⁦Business⁩ را انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="187"/>
        <source>Set up Instagram login</source>
        <translation>راه‌اندازی ورود Instagram</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="188"/>
        <source>On the Dashboard of your app, click &quot;Customize the Manage messaging and content on Instagram use case&quot; and choose &quot;API setup with Instagram login&quot;. It adds the permissions SMM Desk needs:</source>
        <translation>در ⁦Dashboard⁩ اپ خود روی «⁦Customize the Manage messaging and content on Instagram use case⁩» کلیک کنید و «⁦API setup with Instagram login⁩» را انتخاب کنید. این کار مجوزهایی را که SMM Desk لازم دارد اضافه می‌کند:</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="200"/>
        <source>In the menu on the left, click Instagram &gt; &quot;API setup with Instagram business login&quot;. Click &quot;Generate token&quot; next to your Instagram account (if it is not listed, click &quot;Add account&quot; first), log in to Instagram and copy the token.</source>
        <translation>در منوی سمت چپ، روی ⁦Instagram⁩ و سپس «⁦API setup with Instagram business login⁩» کلیک کنید. کنار حساب Instagram خود روی «⁦Generate token⁩» کلیک کنید (اگر حساب در فهرست نیست، ابتدا روی «⁦Add account⁩» کلیک کنید)، به Instagram وارد شوید و توکن را کپی کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="213"/>
        <source>You need your Threads profile and your Facebook login for developers.facebook.com; the first time, Meta asks you to register as a developer (free).</source>
        <translation>به پروفایل Threads خود و اطلاعات ورود Facebook برای ⁦developers.facebook.com⁩ نیاز دارید؛ بار نخست، Meta از شما می‌خواهد به‌عنوان توسعه‌دهنده ثبت‌نام کنید (رایگان).</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="225"/>
        <source>Click &quot;Create app&quot;. Type a name (the name of your shop will do) and your email, and choose the use case &quot;Access the Threads API&quot;.</source>
        <translation>روی «⁦Create app⁩» کلیک کنید. یک نام (نام فروشگاهتان کافی است) و ایمیل خود را بنویسید و کاربرد (use case) «⁦Access the Threads API⁩» را انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="235"/>
        <source>On the Dashboard of your app, click &quot;Customize the Access the Threads API use case&quot; and click Add next to threads_content_publish and threads_manage_insights (threads_basic is there already):</source>
        <translation>در ⁦Dashboard⁩ اپ خود روی «⁦Customize the Access the Threads API use case⁩» کلیک کنید و کنار ⁦threads_content_publish⁩ و ⁦threads_manage_insights⁩ روی ⁦Add⁩ کلیک کنید (⁦threads_basic⁩ از قبل هست):</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="247"/>
        <source>Add yourself as a tester</source>
        <translation>افزودن خودتان به‌عنوان آزماینده</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="248"/>
        <source>Until Meta reviews an app, only its testers may use it. In your app, open App roles &gt; Roles, click &quot;Add People&quot;, choose &quot;Threads Tester&quot; and type your Threads username. Then accept the invitation in Threads: Settings &gt; Account &gt; Website permissions &gt; Invites.</source>
        <translation>تا Meta اپی را بازبینی نکرده، فقط آزماینده‌های آن می‌توانند از آن استفاده کنند. در اپ خود ⁦App roles &gt; Roles⁩ را باز کنید، روی «⁦Add People⁩» کلیک کنید، «⁦Threads Tester⁩» را انتخاب کنید و نام کاربری Threads خود را بنویسید. سپس دعوت را در Threads بپذیرید: ⁦Settings &gt; Account &gt; Website permissions &gt; Invites⁩.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="260"/>
        <source>Back in &quot;Customize the Access the Threads API use case&quot;, open Settings. Under &quot;User Token Generator&quot;, click &quot;Generate access token&quot; next to your profile, allow it, and copy the token.</source>
        <translation>به «⁦Customize the Access the Threads API use case⁩» برگردید و ⁦Settings⁩ را باز کنید. زیر «⁦User Token Generator⁩»، کنار پروفایل خود روی «⁦Generate access token⁩» کلیک کنید، اجازه دهید و توکن را کپی کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="275"/>
        <source>Page ID</source>
        <translation>شناسهٔ صفحه</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="277"/>
        <source>Your Page ID is a number: on your Page, open About &gt; Page transparency.</source>
        <translation>شناسهٔ صفحهٔ شما یک عدد است: در صفحهٔ خود ⁦About &gt; Page transparency⁩ را باز کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="281"/>
        <location filename="../../ui/accounts/meta_wizard.py" line="296"/>
        <source>Token</source>
        <translation>توکن</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="284"/>
        <source>Instagram username</source>
        <translation>نام کاربری Instagram</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="286"/>
        <source>Leave the token empty to skip the setup: SMM Desk then only reminds you to post.</source>
        <translation>برای رد شدن از راه‌اندازی، توکن را خالی بگذارید: در این صورت SMM Desk فقط برای انتشار به شما یادآوری می‌کند.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="290"/>
        <source>Token (optional)</source>
        <translation>توکن (اختیاری)</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="293"/>
        <source>Threads username</source>
        <translation>نام کاربری Threads</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="302"/>
        <source>From now on SMM Desk posts your Facebook posts at the planned time by itself: text, links and up to 10 photos.</source>
        <translation>از این پس SMM Desk پست‌های Facebook شما را در زمان برنامه‌ریزی‌شده خودش منتشر می‌کند: متن، پیوند و حداکثر ۱۰ عکس.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="307"/>
        <source>SMM Desk keeps the token and checks the account with it. Instagram fetches photos from a web address, so until photo hosting is set up your Instagram posts stay assisted: SMM Desk prepares each one and reminds you to post it.</source>
        <translation>SMM Desk توکن را نگه می‌دارد و حساب را با آن بررسی می‌کند. Instagram عکس‌ها را از یک نشانی وب برمی‌دارد، پس تا وقتی میزبانی عکس راه‌اندازی نشده، پست‌های Instagram شما با کمک شما منتشر می‌شوند: SMM Desk هر کدام را آماده می‌کند و برای انتشارش به شما یادآوری می‌کند.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="313"/>
        <source>From now on SMM Desk posts your Threads posts at the planned time by itself (text up to 500 characters). Threads fetches photos from a web address, so a post with photos stays assisted: SMM Desk reminds you to post it.</source>
        <translation>از این پس SMM Desk پست‌های Threads شما را در زمان برنامه‌ریزی‌شده خودش منتشر می‌کند (متن تا ۵۰۰ نویسه). Threads عکس‌ها را از یک نشانی وب برمی‌دارد، پس پستِ عکس‌دار با کمک شما منتشر می‌شود: SMM Desk برای انتشارش به شما یادآوری می‌کند.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="320"/>
        <source>SMM Desk prepares your Instagram posts and reminds you when they are due. Run this setup again (Reconnect) when you want SMM Desk to check the account too.</source>
        <translation>SMM Desk پست‌های Instagram شما را آماده می‌کند و هنگام رسیدن زمانشان به شما یادآوری می‌کند. هر وقت خواستید SMM Desk حساب را هم بررسی کند، این راه‌اندازی را دوباره اجرا کنید («اتصال دوباره»).</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="541"/>
        <source>Set up %1</source>
        <extracomment>Opens a web address in the browser (tests record it instead).</extracomment>
        <translation>راه‌اندازی %1</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="546"/>
        <source>Back</source>
        <translation>قبلی</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="547"/>
        <source>Next</source>
        <translation>بعدی</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="548"/>
        <source>Done</source>
        <translation>پایان</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="549"/>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="557"/>
        <location filename="../../ui/accounts/meta_wizard.py" line="560"/>
        <source>Step %1 of %2: %3</source>
        <translation>گام %1 از %2: %3</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="591"/>
        <source>%1 did not accept this token. Click Back and paste it again (all of it); if it still fails, make a new token as the steps explain.</source>
        <translation>%1 این توکن را نپذیرفت. روی «قبلی» کلیک کنید و توکن را دوباره (به‌طور کامل) بچسبانید؛ اگر باز هم ناموفق بود، طبق گام‌ها توکن تازه‌ای بسازید.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="598"/>
        <source>%1

Click Back to change the token, or follow the steps again.</source>
        <translation>%1

برای تغییر توکن روی «قبلی» کلیک کنید یا گام‌ها را دوباره دنبال کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="602"/>
        <source>Connecting failed unexpectedly (%1). Try again; details are in the log.</source>
        <translation>اتصال به‌طور غیرمنتظره ناموفق بود (%1). دوباره امتحان کنید؛ جزئیات در گزارش است.</translation>
    </message>
</context>
<context>
    <name>MissedPostsDialog</name>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="50"/>
        <source>Posts that missed their time</source>
        <translation>پست‌هایی که زمانشان گذشت</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="55"/>
        <source>These posts were due while SMM Desk was closed, so they were not sent. Choose for each: post it now, pick a new time, or skip it.</source>
        <translation>زمان این پست‌ها وقتی SMM Desk بسته بود رسید، پس ارسال نشدند. برای هر کدام انتخاب کنید: همین حالا منتشر شود، زمان تازه‌ای بگیرد یا رد شود.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="63"/>
        <source>Was due</source>
        <translation>موعد</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="63"/>
        <source>Account</source>
        <translation>حساب</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="63"/>
        <source>Post</source>
        <translation>پست</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="75"/>
        <source>Post now</source>
        <translation>انتشار فوری</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="81"/>
        <source>Move to this time</source>
        <translation>انتقال به این زمان</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="83"/>
        <source>Skip</source>
        <translation>رد کردن</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="95"/>
        <source>Decide later</source>
        <translation>بعداً</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="122"/>
        <source>Select one or more posts first.</source>
        <translation>ابتدا یک یا چند پست را انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="144"/>
        <source>They will be sent in a moment.</source>
        <translation>تا لحظاتی دیگر ارسال می‌شوند.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="152"/>
        <source>Moved to the new time.</source>
        <translation>به زمان جدید منتقل شد.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="158"/>
        <source>Skipped: they stay in the plan, unsent.</source>
        <translation>رد شد: در برنامه می‌مانند، بدون ارسال.</translation>
    </message>
</context>
<context>
    <name>MixBar</name>
    <message>
        <location filename="../../ui/calendar/mix_bar.py" line="33"/>
        <source>No rubrics yet: rubrics are the kinds of post you make (products, tips, offers…), and this bar shows their mix against your targets.</source>
        <translation>هنوز دسته‌ای ندارید: دسته‌ها انواع پست‌های شما هستند (محصولات، نکته‌ها، پیشنهادهای ویژه…) و این نوار ترکیب آن‌ها را در برابر هدف‌هایتان نشان می‌دهد.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/mix_bar.py" line="40"/>
        <source>Add a rubric…</source>
        <translation>افزودن دسته…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/mix_bar.py" line="63"/>
        <source>No rubric</source>
        <translation>بدون دسته</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/mix_bar.py" line="69"/>
        <source>%1: %2 (target %3)</source>
        <translation>%1: %2 (هدف %3)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar/mix_bar.py" line="76"/>
        <source>Rubric mix of %n post(s): </source>
        <translation>
            <numerusform>ترکیب دسته‌های %n پست: </numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/calendar/mix_bar.py" line="79"/>
        <source>No posts in this month yet: the mix shows once you plan some.</source>
        <translation>هنوز پستی در این ماه نیست: ترکیب دسته‌ها پس از برنامه‌ریزی نمایش داده می‌شود.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/mix_bar.py" line="134"/>
        <source>%1 target</source>
        <translation>هدف %1</translation>
    </message>
</context>
<context>
    <name>MoveToDateDialog</name>
    <message>
        <location filename="../../ui/calendar/post_menu.py" line="40"/>
        <source>Move to a date</source>
        <translation>انتقال به تاریخ دیگر</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_menu.py" line="42"/>
        <source>The post keeps its time of day.</source>
        <translation>ساعت پست تغییر نمی‌کند.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_menu.py" line="53"/>
        <source>Move</source>
        <translation>انتقال</translation>
    </message>
</context>
<context>
    <name>NavigationBar</name>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="49"/>
        <source>Previous (Page Up)</source>
        <translation>قبلی (Page Up)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="52"/>
        <source>Today</source>
        <translation>امروز</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="53"/>
        <source>Go to today (Ctrl+T)</source>
        <translation>رفتن به امروز (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="57"/>
        <source>Next (Page Down)</source>
        <translation>بعدی (Page Down)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="70"/>
        <source>Month</source>
        <translation>ماه</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="70"/>
        <source>Week</source>
        <translation>هفته</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="70"/>
        <source>List</source>
        <translation>فهرست</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="85"/>
        <source>Calendar system</source>
        <translation>گاه‌شماری</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="87"/>
        <source>Gregorian</source>
        <translation>میلادی</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="88"/>
        <source>Persian (Jalali)</source>
        <translation>هجری شمسی</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="89"/>
        <source>Islamic (civil)</source>
        <translation>هجری قمری</translation>
    </message>
</context>
<context>
    <name>OverlayPanel</name>
    <message>
        <location filename="../../ui/media/overlay_panel.py" line="27"/>
        <source>Bottom right</source>
        <translation>پایین راست</translation>
    </message>
    <message>
        <location filename="../../ui/media/overlay_panel.py" line="28"/>
        <source>Bottom left</source>
        <translation>پایین چپ</translation>
    </message>
    <message>
        <location filename="../../ui/media/overlay_panel.py" line="29"/>
        <source>Top right</source>
        <translation>بالا راست</translation>
    </message>
    <message>
        <location filename="../../ui/media/overlay_panel.py" line="30"/>
        <source>Top left</source>
        <translation>بالا چپ</translation>
    </message>
    <message>
        <location filename="../../ui/media/overlay_panel.py" line="42"/>
        <source>Your logo on the photos you post</source>
        <translation>لوگوی شما روی عکس‌هایی که منتشر می‌کنید</translation>
    </message>
    <message>
        <location filename="../../ui/media/overlay_panel.py" line="47"/>
        <source>Add my logo (the photos in your library stay as they are)</source>
        <translation>لوگوی من اضافه شود (عکس‌های کتابخانه دست نمی‌خورند)</translation>
    </message>
    <message>
        <location filename="../../ui/media/overlay_panel.py" line="51"/>
        <location filename="../../ui/media/overlay_panel.py" line="85"/>
        <source>No logo chosen yet</source>
        <translation>هنوز لوگویی انتخاب نشده</translation>
    </message>
    <message>
        <location filename="../../ui/media/overlay_panel.py" line="52"/>
        <source>Choose logo…</source>
        <translation>انتخاب لوگو…</translation>
    </message>
    <message>
        <location filename="../../ui/media/overlay_panel.py" line="56"/>
        <source>Logo</source>
        <translation>لوگو</translation>
    </message>
    <message>
        <location filename="../../ui/media/overlay_panel.py" line="60"/>
        <source>Corner</source>
        <translation>گوشه</translation>
    </message>
    <message>
        <location filename="../../ui/media/overlay_panel.py" line="63"/>
        <source>Size</source>
        <translation>اندازه</translation>
    </message>
    <message>
        <location filename="../../ui/media/overlay_panel.py" line="66"/>
        <source>Visibility</source>
        <translation>پیدایی</translation>
    </message>
    <message>
        <location filename="../../ui/media/overlay_panel.py" line="85"/>
        <source>Logo chosen</source>
        <translation>لوگو انتخاب شد</translation>
    </message>
    <message>
        <location filename="../../ui/media/overlay_panel.py" line="108"/>
        <source>Choose your logo</source>
        <translation>لوگوی خود را انتخاب کنید</translation>
    </message>
    <message>
        <location filename="../../ui/media/overlay_panel.py" line="110"/>
        <source>Pictures</source>
        <translation>تصاویر</translation>
    </message>
</context>
<context>
    <name>PastePage</name>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="386"/>
        <source>Paste the token here</source>
        <translation>توکن را اینجا بچسبانید</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="390"/>
        <source>SMM Desk keeps the token in your computer&apos;s password store, never in its data file. The next page checks it with the platform.</source>
        <translation>SMM Desk توکن را در انبارهٔ گذرواژهٔ رایانهٔ شما نگه می‌دارد، هرگز در فایل داده‌اش. صفحهٔ بعد آن را با پلتفرم بررسی می‌کند.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="404"/>
        <source>Paste the token</source>
        <translation>توکن را بچسبانید</translation>
    </message>
</context>
<context>
    <name>PhotoHostingDialog</name>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="38"/>
        <source>Photo hosting</source>
        <translation>میزبانی عکس</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="43"/>
        <source>Instagram, and Threads for posts with photos, fetch each photo from a web address. With a storage bucket of your own (Amazon S3, Cloudflare R2, Backblaze B2, Wasabi, MinIO…), SMM Desk puts each photo there for one hour under a name nobody can guess, gives Instagram a private link to it, and deletes it after posting. Without one, those posts stay assisted: SMM Desk reminds you and you post them.</source>
        <translation>Instagram، و Threads برای پست‌های عکس‌دار، هر عکس را از یک نشانی وب برمی‌دارند. با یک باکت ذخیره‌سازیِ متعلق به خودتان (Amazon S3، Cloudflare R2، Backblaze B2، Wasabi، MinIO…)، SMM Desk هر عکس را به مدت یک ساعت با نامی که کسی نمی‌تواند حدس بزند آنجا می‌گذارد، پیوندی خصوصی به آن را به Instagram می‌دهد و پس از انتشار پاکش می‌کند. بدون آن، این پست‌ها با کمک شما منتشر می‌شوند: SMM Desk یادآوری می‌کند و شما منتشرشان می‌کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="57"/>
        <source>e.g. eu-central-1 (auto on Cloudflare R2)</source>
        <translation>مثلاً ⁦eu-central-1⁩ (در Cloudflare R2: ⁦auto⁩)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="65"/>
        <source>Endpoint address</source>
        <translation>نشانی Endpoint</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="66"/>
        <source>Region</source>
        <translation>ناحیه</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="67"/>
        <source>Bucket</source>
        <translation>باکت</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="68"/>
        <source>Access key ID</source>
        <translation>شناسهٔ کلید دسترسی</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="69"/>
        <source>Secret key</source>
        <translation>کلید مخفی</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="73"/>
        <source>Make keys for this bucket only, allowed to put, read, list and delete files. SMM Desk keeps both keys in your system keyring, never in its database.</source>
        <translation>کلیدهایی فقط برای همین باکت بسازید که اجازهٔ گذاشتن، خواندن، فهرست کردن و حذف فایل‌ها را داشته باشند. SMM Desk هر دو کلید را در انبارهٔ گذرواژهٔ سیستم نگه می‌دارد، هرگز در پایگاه داده‌اش.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="91"/>
        <source>Test</source>
        <translation>آزمایش</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="92"/>
        <source>Test and save</source>
        <translation>آزمایش و ذخیره</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="93"/>
        <source>Stop using it</source>
        <translation>توقف استفاده</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="108"/>
        <source>Saved in your keyring; type to replace</source>
        <translation>در انبارهٔ گذرواژه ذخیره شده؛ برای جایگزینی بنویسید</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="119"/>
        <source>Not set up: Instagram posts, and Threads posts with photos, are assisted.</source>
        <translation>راه‌اندازی نشده: پست‌های Instagram و پست‌های عکس‌دار Threads با کمک شما منتشر می‌شوند.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="124"/>
        <source>In use: Instagram and Threads photos go through bucket %1 at %2.</source>
        <translation>در حال استفاده: عکس‌های Instagram و Threads از راه باکت %1 در %2 فرستاده می‌شوند.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="158"/>
        <source>Testing: storing a small file, reading it back, deleting it…</source>
        <translation>در حال آزمایش: ذخیرهٔ یک فایل کوچک، خواندن دوباره و حذف آن…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="165"/>
        <source>It works: SMM Desk stored a small file, read it back through a private link and deleted it. Click “Test and save” to use this bucket.</source>
        <translation>کار می‌کند: SMM Desk یک فایل کوچک ذخیره کرد، آن را از راه پیوندی خصوصی دوباره خواند و حذفش کرد. برای استفاده از این باکت روی «آزمایش و ذخیره» کلیک کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="175"/>
        <source>Testing, then saving…</source>
        <translation>در حال آزمایش، سپس ذخیره…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="189"/>
        <source>Saved. Posts due from now on are sent by SMM Desk itself.</source>
        <translation>ذخیره شد. از این پس SMM Desk پست‌هایی را که زمانشان می‌رسد خودش ارسال می‌کند.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="210"/>
        <source>The storage service said: %1</source>
        <translation>پاسخ سرویس ذخیره‌سازی: %1</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="216"/>
        <source>The test stopped on an unexpected error (%1).</source>
        <translation>آزمایش با خطایی غیرمنتظره متوقف شد (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="225"/>
        <source>Fill in the endpoint address, the region, the bucket and both keys.</source>
        <translation>نشانی Endpoint، ناحیه، باکت و هر دو کلید را پر کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="228"/>
        <source>Check the endpoint address: it starts with https:// and has no path, e.g. https://s3.eu-central-1.amazonaws.com (the bucket goes in its own field).</source>
        <translation>نشانی Endpoint را بررسی کنید: با ⁦https://⁩ شروع می‌شود و مسیری ندارد، مثلاً ⁦https://s3.eu-central-1.amazonaws.com⁩ (نام باکت در فیلد خودش می‌آید).</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="233"/>
        <source>The storage service refused the keys. Check the access key ID and the secret key; copy them again from the service&apos;s console.</source>
        <translation>سرویس ذخیره‌سازی کلیدها را نپذیرفت. شناسهٔ کلید دسترسی و کلید مخفی را بررسی کنید؛ آن‌ها را دوباره از کنسول سرویس کپی کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="239"/>
        <source>There is no bucket named %1 at this address. Check the bucket name, the endpoint address and the region.</source>
        <translation>در این نشانی باکتی با نام %1 وجود ندارد. نام باکت، نشانی Endpoint و ناحیه را بررسی کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="246"/>
        <source>The keys work, but may not put, read, list or delete files in this bucket. Give them those rights on this bucket in the service&apos;s console.</source>
        <translation>کلیدها کار می‌کنند، اما اجازهٔ گذاشتن، خواندن، فهرست کردن یا حذف فایل در این باکت را ندارند. در کنسول سرویس این دسترسی‌ها را روی همین باکت به آن‌ها بدهید.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="251"/>
        <source>SMM Desk could not reach the storage service. Check the endpoint address and your internet connection.</source>
        <translation>SMM Desk نتوانست به سرویس ذخیره‌سازی وصل شود. نشانی Endpoint و اتصال اینترنت خود را بررسی کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="256"/>
        <source>The test file was stored, but its private link did not give it back. Check that the endpoint address is the bucket&apos;s own address.</source>
        <translation>فایل آزمایشی ذخیره شد، اما پیوند خصوصی آن فایل را برنگرداند. بررسی کنید که نشانی Endpoint نشانی خود باکت باشد.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/photo_hosting.py" line="259"/>
        <source>The storage service refused the test. Nothing was saved.</source>
        <translation>سرویس ذخیره‌سازی آزمایش را نپذیرفت. چیزی ذخیره نشد.</translation>
    </message>
</context>
<context>
    <name>PhotoIntake</name>
    <message>
        <location filename="../../ui/composer/photo_intake.py" line="75"/>
        <source>Add photos</source>
        <translation>افزودن عکس</translation>
    </message>
    <message>
        <location filename="../../ui/composer/photo_intake.py" line="77"/>
        <source>Photos (*.jpg *.jpeg *.png *.webp *.gif *.heic *.heif)</source>
        <translation>عکس‌ها (*.jpg *.jpeg *.png *.webp *.gif *.heic *.heif)</translation>
    </message>
    <message>
        <location filename="../../ui/composer/photo_intake.py" line="91"/>
        <source>Pasted %1.png</source>
        <translation>چسبانده‌شده %1.png</translation>
    </message>
</context>
<context>
    <name>PlanActionsBar</name>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="65"/>
        <source>Undo</source>
        <translation>واگرد</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="68"/>
        <source>Redo</source>
        <translation>ازنو</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="88"/>
        <source>How many days Earlier, Later and Duplicate move or copy the selected posts</source>
        <translation>«زودتر»، «دیرتر» و «تکثیر» پست‌های انتخاب‌شده را چند روز جابه‌جا یا کپی کنند</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="96"/>
        <source>Earlier</source>
        <translation>زودتر</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="98"/>
        <source>Later</source>
        <translation>دیرتر</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="100"/>
        <source>Duplicate</source>
        <translation>تکثیر</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="104"/>
        <source>Back to ideas</source>
        <translation>به ایده‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="106"/>
        <source>Take the selected posts off the calendar; they stay in your ideas</source>
        <translation>پست‌های انتخاب‌شده از تقویم برداشته شوند؛ در ایده‌ها می‌مانند</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="109"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="110"/>
        <source>Delete the selected posts (Delete)</source>
        <translation>حذف پست‌های انتخاب‌شده (Delete)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="122"/>
        <source>Import CSV…</source>
        <translation>درون‌ریزی CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="123"/>
        <source>Import posts from a spreadsheet (CSV)</source>
        <translation>درون‌ریزی پست‌ها از صفحه‌گسترده (CSV)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="125"/>
        <source>Export…</source>
        <translation>برون‌بری…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="126"/>
        <source>Save the plan as a CSV or a calendar (.ics) file</source>
        <translation>ذخیرهٔ برنامه به‌صورت فایل CSV یا تقویم (⁦.ics⁩)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="128"/>
        <source>Rubrics…</source>
        <translation>دسته‌ها…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="130"/>
        <source>Posting times…</source>
        <translation>زمان‌های انتشار…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="137"/>
        <source>Set up</source>
        <translation>تنظیم</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="139"/>
        <source>Rubrics and posting times</source>
        <translation>دسته‌ها و زمان‌های انتشار</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="143"/>
        <source>Ideas</source>
        <translation>ایده‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="145"/>
        <source>Show or hide the ideas and the post details</source>
        <translation>نمایش یا پنهان کردن ایده‌ها و جزئیات پست</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar/actions_bar.py" line="181"/>
        <source>%n selected</source>
        <translation>
            <numerusform>%n انتخاب‌شده</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="183"/>
        <source>No post selected</source>
        <translation>پستی انتخاب نشده</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="186"/>
        <source>Click a post to select it; Ctrl-click to select several</source>
        <translation>برای انتخاب روی پست کلیک کنید؛ برای انتخاب چندتا Ctrl را نگه دارید و کلیک کنید</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="192"/>
        <source>by </source>
        <translation>به اندازهٔ </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar/actions_bar.py" line="193"/>
        <source> day(s)</source>
        <translation>
            <numerusform> روز</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar/actions_bar.py" line="206"/>
        <source>Move the selected posts %n day(s) earlier, same time of day (%1)</source>
        <translation>
            <numerusform>پست‌های انتخاب‌شده %n روز زودتر، در همان ساعت (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar/actions_bar.py" line="217"/>
        <source>Move the selected posts %n day(s) later, same time of day (%1)</source>
        <translation>
            <numerusform>پست‌های انتخاب‌شده %n روز دیرتر، در همان ساعت (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move the selected posts %n day(s) earlier, same time of day (Alt+←)</source>
        <translation type="vanished">
            <numerusform>پست‌های انتخاب‌شده %n روز زودتر، در همان ساعت (Alt+←)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move the selected posts %n day(s) later, same time of day (Alt+→)</source>
        <translation type="vanished">
            <numerusform>پست‌های انتخاب‌شده %n روز دیرتر، در همان ساعت (Alt+→)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar/actions_bar.py" line="225"/>
        <source>Copy the selected posts %n day(s) later (Ctrl+D)</source>
        <translation>
            <numerusform>کپی پست‌های انتخاب‌شده %n روز بعد (Ctrl+D)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanModels</name>
    <message>
        <location filename="../../ui/calendar/models.py" line="59"/>
        <source>Draft</source>
        <translation>پیش‌نویس</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="60"/>
        <source>Scheduled</source>
        <translation>زمان‌بندی‌شده</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="61"/>
        <source>Publishing</source>
        <translation>در حال انتشار</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="62"/>
        <source>Will retry</source>
        <translation>تلاش دوباره</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="63"/>
        <source>Published</source>
        <translation>منتشرشده</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="64"/>
        <source>Failed</source>
        <translation>ناموفق</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="65"/>
        <source>Needs attention</source>
        <translation>نیاز به بررسی</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="66"/>
        <source>Post it now</source>
        <translation>همین حالا منتشر شود</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="67"/>
        <source>Skipped</source>
        <translation>ردشده</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="229"/>
        <location filename="../../ui/calendar/week.py" line="179"/>
        <source>%n post(s)</source>
        <translation>%n پست</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="235"/>
        <source>one of your posting days, nothing planned yet</source>
        <translation>یکی از روزهای انتشار شما، هنوز بی‌برنامه</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="252"/>
        <source>Day</source>
        <translation>روز</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="253"/>
        <source>Time</source>
        <translation>زمان</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="254"/>
        <source>Accounts</source>
        <translation>حساب‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="255"/>
        <source>Rubric</source>
        <translation>دسته</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="256"/>
        <source>Post</source>
        <translation>پست</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="257"/>
        <source>State</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="327"/>
        <source>No rubric</source>
        <translation>بدون دسته</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="379"/>
        <source>(no text yet)</source>
        <translation>(هنوز بدون متن)</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../ui/calendar/page.py" line="356"/>
        <source>The plan could not be loaded: %1</source>
        <translation>برنامه بارگیری نشد: %1</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/view_apply.py" line="44"/>
        <source>%1 posts in view · %2 days of your posting rhythm still empty · %3 ideas</source>
        <translation>%1 پست در نما · %2 روز از ریتم انتشار هنوز خالی · %3 ایده</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/view_apply.py" line="55"/>
        <source>%1 posts in view · %2 ideas</source>
        <translation>%1 پست در نما · %2 ایده</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/view_apply.py" line="73"/>
        <source>%1 added: SMM Desk reminds you when its posts are due. Next: write your first post in Compose (Ctrl+N).</source>
        <translation>⁨%1⁩ اضافه شد: SMM Desk هنگام رسیدن زمان پست‌هایش به شما یادآوری می‌کند. گام بعد: نخستین پست خود را در «نوشتن» بنویسید (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/view_apply.py" line="82"/>
        <source>%1 is connected and works. Next: write your first post in Compose (Ctrl+N).</source>
        <translation>⁨%1⁩ متصل است و کار می‌کند. گام بعد: نخستین پست خود را در «نوشتن» بنویسید (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/opening.py" line="28"/>
        <source>That day is over: double-click today or a later day.</source>
        <translation>آن روز گذشته است: روی امروز یا روزی بعدتر دوبار کلیک کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/opening.py" line="36"/>
        <source>Connect an account first (Accounts), then plan posts.</source>
        <translation>ابتدا حسابی را وصل کنید («حساب‌ها»)، سپس پست‌ها را برنامه‌ریزی کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/changes.py" line="125"/>
        <source>Kept as a draft on %1, not scheduled: %2 Open it to fix this, then schedule it.</source>
        <translation>در %1 به‌صورت پیش‌نویس ماند و زمان‌بندی نشد: %2 آن را باز کنید، مشکل را برطرف کنید و سپس زمان‌بندی کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/changes.py" line="195"/>
        <source>Imported %1 posts (%2 of them as ideas). Ctrl+Z takes the import back.</source>
        <translation>%1 پست درون‌ریزی شد (%2 مورد به‌صورت ایده). Ctrl+Z درون‌ریزی را برمی‌گرداند.</translation>
    </message>
</context>
<context>
    <name>PlanUndo</name>
    <message>
        <location filename="../../ui/calendar/undo.py" line="20"/>
        <source>Move post</source>
        <translation>جابه‌جایی پست</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/undo.py" line="21"/>
        <source>Move posts</source>
        <translation>جابه‌جایی پست‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/undo.py" line="22"/>
        <source>Back to ideas</source>
        <translation>بازگشت به ایده‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/undo.py" line="23"/>
        <source>Schedule idea</source>
        <translation>زمان‌بندی ایده</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/undo.py" line="24"/>
        <source>Schedule ideas</source>
        <translation>زمان‌بندی ایده‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/undo.py" line="25"/>
        <source>Add to queue</source>
        <translation>افزودن به صف</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/undo.py" line="26"/>
        <source>Duplicate post</source>
        <translation>تکثیر پست</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/undo.py" line="27"/>
        <source>Duplicate posts</source>
        <translation>تکثیر پست‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/undo.py" line="28"/>
        <source>Delete post</source>
        <translation>حذف پست</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/undo.py" line="29"/>
        <source>Delete posts</source>
        <translation>حذف پست‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/undo.py" line="30"/>
        <source>Import CSV</source>
        <translation>درون‌ریزی CSV</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/undo.py" line="31"/>
        <source>Post now</source>
        <translation>انتشار فوری</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/undo.py" line="42"/>
        <source>Move %n day(s) earlier</source>
        <translation>%n روز زودتر</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/undo.py" line="44"/>
        <source>Move %n day(s) later</source>
        <translation>%n روز دیرتر</translation>
    </message>
</context>
<context>
    <name>PlatformPreviews</name>
    <message>
        <location filename="../../ui/media/previews.py" line="191"/>
        <source>No preview</source>
        <translation>بدون پیش‌نمایش</translation>
    </message>
</context>
<context>
    <name>PostCard</name>
    <message>
        <location filename="../../ui/composer/post_preview.py" line="111"/>
        <source>@%1 · %2</source>
        <translation>⁦@%1⁩ · %2</translation>
    </message>
    <message>
        <location filename="../../ui/composer/post_preview.py" line="161"/>
        <source>%1 gets it as %2 × %3 pixels.</source>
        <translation>%1 آن را در اندازهٔ ⁦%2 × %3⁩ پیکسل دریافت می‌کند.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/post_preview.py" line="171"/>
        <source>more</source>
        <translation>بیشتر</translation>
    </message>
    <message>
        <location filename="../../ui/composer/post_preview.py" line="174"/>
        <source>The feed shows the start; the rest sits behind “more”.</source>
        <translation>فید آغاز متن را نشان می‌دهد؛ باقی پشت «بیشتر» است.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/post_preview.py" line="176"/>
        <source>The red part does not fit on %1.</source>
        <translation>بخش قرمز در %1 جا نمی‌شود.</translation>
    </message>
</context>
<context>
    <name>PostMenu</name>
    <message>
        <location filename="../../ui/calendar/post_menu.py" line="83"/>
        <source>Edit</source>
        <translation>ویرایش</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar/post_menu.py" line="87"/>
        <source>Duplicate (%n day(s) later)</source>
        <translation>
            <numerusform>تکثیر (%n روز بعد)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_menu.py" line="93"/>
        <source>Move to a date…</source>
        <translation>انتقال به تاریخ دیگر…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_menu.py" line="100"/>
        <source>Post now</source>
        <translation>انتشار فوری</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_menu.py" line="108"/>
        <source>Back to ideas</source>
        <translation>بازگشت به ایده‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_menu.py" line="112"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_menu.py" line="136"/>
        <source>Moved to %1. Ctrl+Z moves it back.</source>
        <translation>به %1 منتقل شد. با Ctrl+Z برمی‌گردد.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_menu.py" line="152"/>
        <source>It goes out now. Ctrl+Z takes it back until then.</source>
        <translation>همین حالا منتشر می‌شود. تا پیش از انتشار، Ctrl+Z آن را برمی‌گرداند.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/post_menu.py" line="155"/>
        <source>It is ready to post now: SMM Desk shows you the text and photos.</source>
        <translation>اکنون آمادهٔ انتشار است: SMM Desk متن و عکس‌ها را به شما نشان می‌دهد.</translation>
    </message>
</context>
<context>
    <name>PostProblemDialog</name>
    <message>
        <source>Check this post on {platform}</source>
        <translation type="vanished">این پست را در {platform} بررسی کنید</translation>
    </message>
    <message>
        <source>A post to {platform} was not published</source>
        <translation type="vanished">پستی در {platform} منتشر نشد</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/problem_dialog.py" line="50"/>
        <source>Check this post on %1</source>
        <translation>این پست را در %1 بررسی کنید</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/problem_dialog.py" line="52"/>
        <source>A post to %1 was not published</source>
        <translation>پستی در %1 منتشر نشد</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/problem_dialog.py" line="65"/>
        <source>No reason was given.</source>
        <translation>علتی گفته نشد.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/problem_dialog.py" line="68"/>
        <source>Details</source>
        <translation>جزئیات</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/problem_dialog.py" line="87"/>
        <source>Link to the post, if it is there (optional)</source>
        <translation>پیوند پست، اگر منتشر شده است (اختیاری)</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/problem_dialog.py" line="91"/>
        <source>Don&apos;t post it</source>
        <translation>منتشر نشود</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/problem_dialog.py" line="93"/>
        <source>It is there: mark as posted</source>
        <translation>منتشر شده: ثبت انتشار</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/problem_dialog.py" line="97"/>
        <source>It is not there: send it</source>
        <translation>منتشر نشده: ارسال</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/problem_dialog.py" line="97"/>
        <source>Try again now</source>
        <translation>تلاش دوباره</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/problem_dialog.py" line="100"/>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
</context>
<context>
    <name>PostingTimesDialog</name>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="380"/>
        <source>Posting times</source>
        <translation>زمان‌های انتشار</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="384"/>
        <source>When each account posts, every week, in your local time. Click a half hour to add or remove a posting time. “Add to queue” uses the next free one.</source>
        <translation>زمان انتشار هر حساب در هر هفته، به وقت محلی شما. برای افزودن یا حذف یک زمان انتشار روی یک نیم‌ساعت کلیک کنید. «افزودن به صف» نخستین زمان آزاد را برمی‌دارد.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="391"/>
        <source>Account</source>
        <translation>حساب</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="400"/>
        <source>Use for all accounts</source>
        <translation>برای همهٔ حساب‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="402"/>
        <source>Give every account the same posting times as this one</source>
        <translation>همین زمان‌های انتشار برای همهٔ حساب‌ها تنظیم شود</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="460"/>
        <source>Connect an account first: posting times belong to an account.</source>
        <translation>ابتدا حسابی را وصل کنید: زمان‌های انتشار به یک حساب تعلق دارند.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="463"/>
        <source>No posting times yet for this account.</source>
        <translation>هنوز زمان انتشاری برای این حساب نیست.</translation>
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
            <numerusform>%n زمان انتشار در هفته</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="479"/>
        <source>Every account now has these posting times.</source>
        <translation>اکنون همهٔ حساب‌ها همین زمان‌های انتشار را دارند.</translation>
    </message>
    <message>
        <source>When each account posts, every week, in your local time. “Add to queue” uses the next free one. Example: Tue 12:30, Thu 12:30, Sat 10:00</source>
        <translation type="vanished">زمان انتشار هر حساب در هر هفته، به وقت محلی شما. «افزودن به صف» نخستین زمان آزاد را برمی‌دارد. نمونه: ⁦Tue 12:30, Thu 12:30, Sat 10:00⁩</translation>
    </message>
    <message>
        <source>no posting times</source>
        <translation type="vanished">بدون زمان انتشار</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="53"/>
        <source>Row</source>
        <translation>ردیف</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="54"/>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="55"/>
        <source>Accounts</source>
        <translation>حساب‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="56"/>
        <source>Text</source>
        <translation>متن</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="57"/>
        <source>Rubric</source>
        <translation>دسته</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="58"/>
        <source>Problems</source>
        <translation>مشکلات</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="69"/>
        <source>next free slot</source>
        <translation>نخستین زمان آزاد</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="70"/>
        <source>idea (no date)</source>
        <translation>ایده (بی‌تاریخ)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="80"/>
        <source>%1 (new)</source>
        <translation>%1 (جدید)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="86"/>
        <source>OK</source>
        <translation>درست</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>%1 gets it as %2 × %3 pixels.</source>
        <translation type="vanished">%1 آن را در اندازهٔ %2 × %3 پیکسل دریافت می‌کند.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="vanished">پیش‌نمایش</translation>
    </message>
    <message>
        <source>Choose an account above to see how the post will look there.</source>
        <translation type="vanished">یک حساب را در بالا انتخاب کنید تا ببینید پست آنجا چگونه دیده می‌شود.</translation>
    </message>
    <message>
        <source>more</source>
        <translation type="vanished">بیشتر</translation>
    </message>
    <message>
        <source>The feed shows the start; the rest sits behind “more”.</source>
        <translation type="vanished">فید آغاز متن را نشان می‌دهد؛ باقی پشت «بیشتر» است.</translation>
    </message>
    <message>
        <source>The red part does not fit on %1.</source>
        <translation type="vanished">بخش قرمز در %1 جا نمی‌شود.</translation>
    </message>
</context>
<context>
    <name>PreviewStrip</name>
    <message>
        <location filename="../../ui/composer/post_preview.py" line="217"/>
        <source>Choose an account above to see how the post will look there.</source>
        <translation>یک حساب را در بالا انتخاب کنید تا ببینید پست آنجا چگونه دیده می‌شود.</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../ui/problem_words.py" line="50"/>
        <source>The image %1 is an empty file.</source>
        <translation>تصویر %1 فایلی خالی است.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="51"/>
        <source>%1 is not a picture SMM Desk can read.</source>
        <translation>%1 تصویری نیست که SMM Desk بتواند بخواند.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="52"/>
        <source>The image %1 is damaged or cut short.</source>
        <translation>تصویر %1 آسیب دیده یا ناقص است.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="53"/>
        <source>The image %1 is too large to open.</source>
        <translation>تصویر %1 برای باز شدن بیش از حد بزرگ است.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="54"/>
        <source>The image %1 is too big for the platform.</source>
        <translation>تصویر %1 برای پلتفرم بیش از حد بزرگ است.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="57"/>
        <source>SMM Desk can&apos;t use the image %1.</source>
        <translation>SMM Desk نمی‌تواند از تصویر %1 استفاده کند.</translation>
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
        <translation>تاریخ (scheduled_at)</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="84"/>
        <source>accounts</source>
        <translation>حساب‌ها (accounts)</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="85"/>
        <source>text</source>
        <translation>متن (text)</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="86"/>
        <source>media</source>
        <translation>رسانه (media)</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="87"/>
        <source>rubric</source>
        <translation>دسته (rubric)</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="104"/>
        <source>%1 @%2</source>
        <translation>%1 @%2</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="114"/>
        <source>a draft</source>
        <translation>پیش‌نویس</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="115"/>
        <source>scheduled</source>
        <translation>زمان‌بندی‌شده</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="116"/>
        <source>being sent</source>
        <translation>در حال ارسال</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="117"/>
        <source>published</source>
        <translation>منتشرشده</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="118"/>
        <source>waiting to be retried</source>
        <translation>در انتظار تلاش دوباره</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="119"/>
        <source>failed</source>
        <translation>ناموفق</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="120"/>
        <source>waiting to be checked</source>
        <translation>در انتظار بررسی</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="121"/>
        <source>waiting for you to post it</source>
        <translation>منتظر انتشار به دست شما</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="122"/>
        <source>skipped</source>
        <translation>ردشده</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="138"/>
        <source>The photos are already on %1 (%2); only the text is missing or unsure, and sending again sends only the text.</source>
        <translation>عکس‌ها از قبل در %1 هستند (%2)؛ فقط متن منتشر نشده یا نامطمئن است و ارسال دوباره فقط متن را می‌فرستد.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="147"/>
        <source>The photos are already on %1; only the text is missing or unsure, and sending again sends only the text.</source>
        <translation>عکس‌ها از قبل در %1 هستند؛ فقط متن منتشر نشده یا نامطمئن است و ارسال دوباره فقط متن را می‌فرستد.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="161"/>
        <source>%1 had a problem on its side %n time(s) in a row, so SMM Desk stopped trying. Click Retry when %1 works again.</source>
        <translation>
            <numerusform>در سمت %1 %n بار پشت سر هم مشکلی پیش آمد، پس SMM Desk دیگر تلاش نکرد. وقتی %1 دوباره کار کرد، روی «تلاش دوباره» کلیک کنید.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="168"/>
        <source>SMM Desk could not reach %1 %n time(s) in a row, so it stopped trying. Check the internet connection, then click Retry.</source>
        <translation>
            <numerusform>SMM Desk %n بار پشت سر هم نتوانست به %1 وصل شود، پس دیگر تلاش نکرد. اتصال اینترنت را بررسی کنید، سپس روی «تلاش دوباره» کلیک کنید.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="175"/>
        <source>%1 asked SMM Desk to slow down %n time(s) in a row, so it stopped trying. Click Retry a little later.</source>
        <translation>
            <numerusform>%1 %n بار پشت سر هم از SMM Desk خواست آهسته‌تر پیش برود، پس SMM Desk دیگر تلاش نکرد. کمی بعد روی «تلاش دوباره» کلیک کنید.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="190"/>
        <source>It kept failing after %n tries, so SMM Desk stopped. Click Retry when the platform works again.</source>
        <translation>
            <numerusform>پس از %n تلاش همچنان ناموفق بود، پس SMM Desk متوقف شد. وقتی پلتفرم دوباره کار کرد، روی «تلاش دوباره» کلیک کنید.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="202"/>
        <source>Task Scheduler task “%1”, every %n minute(s)</source>
        <translation>
            <numerusform>وظیفهٔ Task Scheduler با نام «%1»، هر %n دقیقه</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="204"/>
        <source>launchd agent %1, every %n minute(s)</source>
        <translation>
            <numerusform>عامل launchd %1، هر %n دقیقه</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="206"/>
        <source>systemd user timer %1, every %n minute(s)</source>
        <translation>
            <numerusform>زمان‌سنج کاربری systemd %1، هر %n دقیقه</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="211"/>
        <source>A photo</source>
        <translation>یک عکس</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="231"/>
        <source>%1 asks SMM Desk to slow down. The figures of %n post(s) were read and kept; the others are fetched at a later refresh.</source>
        <translation>
            <numerusform>%1 از SMM Desk خواسته است آهسته‌تر پیش برود. آمار %n پست خوانده و نگه داشته شد؛ آمار بقیه در تازه‌سازی‌های بعدی دریافت می‌شود.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="239"/>
        <source>%1 asks SMM Desk to slow down. It will try again later by itself.</source>
        <translation>%1 از SMM Desk خواسته است آهسته‌تر پیش برود. SMM Desk بعداً خودش دوباره تلاش می‌کند.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="248"/>
        <source>The caption is too long for %1: %2 of %3 characters. Remove %n character(s).</source>
        <translation>
            <numerusform>کپشن برای %1 بیش از حد بلند است: %2 از %3 نویسه. %n نویسه حذف کنید.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="254"/>
        <source>The text is too long for %1: %2 of %3 characters. Remove %n character(s).</source>
        <translation>
            <numerusform>متن برای %1 بیش از حد بلند است: %2 از %3 نویسه. %n نویسه حذف کنید.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="262"/>
        <source>%1 takes at most %n image(s); this post has %2.</source>
        <translation>
            <numerusform>%1 حداکثر %n تصویر می‌پذیرد؛ این پست %2 تصویر دارد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="267"/>
        <source>Remove %n photo(s), or remove this account from the post.</source>
        <translation>
            <numerusform>%n عکس را حذف کنید یا این حساب را از پست بردارید.</numerusform>
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
        <translation>%1 یا %2</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="288"/>
        <source>a post id</source>
        <translation>شناسهٔ پست</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="292"/>
        <source>any column of figures</source>
        <translation>دست‌کم یک ستون آمار</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="300"/>
        <source>A post in the state “%1” can&apos;t be moved; duplicate it instead (Ctrl-drag).</source>
        <translation>پستی با وضعیت «%1» جابه‌جا نمی‌شود؛ به‌جای آن تکثیرش کنید (کشیدن با Ctrl).</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="309"/>
        <source>The header has no column %1. Expected columns: %2.</source>
        <translation>ردیف سرستون، ستون %1 را ندارد. ستون‌های مورد انتظار: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="313"/>
        <source>Write posting times like “Tue 12:30, Sat 10:00”.</source>
        <translation>زمان‌های انتشار را به شکل «⁦Tue 12:30, Sat 10:00⁩» بنویسید.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="318"/>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="319"/>
        <source>Leads</source>
        <translation>سرنخ‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="333"/>
        <source>Add your account to SMM Desk first, then import its stats.</source>
        <translation>ابتدا حساب خود را به SMM Desk اضافه کنید، سپس آمار آن را درون‌ریزی کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="335"/>
        <source>Add your %1 account to SMM Desk first, then import its stats.</source>
        <translation>ابتدا حساب %1 خود را به SMM Desk اضافه کنید، سپس آمار آن را درون‌ریزی کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="346"/>
        <source>The text holds an invisible character %1 refuses (%2), often pasted in from another app. Delete it where the text turns red.</source>
        <extracomment>Every code (``domain.problems.CODES``) and its sentence in the owner&apos;s language.</extracomment>
        <translation>متن یک نویسهٔ نامرئی دارد که %1 آن را نمی‌پذیرد (⁨%2⁩)؛ معمولاً از برنامهٔ دیگری چسبانده می‌شود. آن را در جایی که متن قرمز می‌شود حذف کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="355"/>
        <source>The text is too long for %1: it takes %2 of %3 bytes (emoji and non-Latin letters take more room). Shorten it.</source>
        <translation>متن برای %1 بیش از حد بلند است: %2 از %3 بایت را می‌گیرد (ایموجی و حروف غیرلاتین جای بیشتری می‌گیرند). آن را کوتاه کنید.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="363"/>
        <source>%1 allows %n hashtag(s); this has %2. Remove %3.</source>
        <translation>
            <numerusform>%1 حداکثر %n هشتگ می‌پذیرد؛ این پست %2 هشتگ دارد. %3 مورد را حذف کنید.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="370"/>
        <source>%1 turns only the first hashtag into a topic; the other %n stay plain text.</source>
        <translation>
            <numerusform>%1 فقط هشتگ نخست را به موضوع تبدیل می‌کند؛ %n هشتگ دیگر متن ساده می‌مانند.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="377"/>
        <source>%1 allows %n @mention(s); this has %2. Remove %3.</source>
        <translation>
            <numerusform>%1 حداکثر %n منشن (@) می‌پذیرد؛ این پست %2 منشن دارد. %3 مورد را حذف کنید.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="383"/>
        <source>%1 allows %n link(s) per post; this has %2. Remove %3.</source>
        <translation>
            <numerusform>%1 در هر پست حداکثر %n پیوند می‌پذیرد؛ این پست %2 پیوند دارد. %3 مورد را حذف کنید.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="390"/>
        <source>%1 needs reconnecting: open Accounts and sign in again, or remove this account from the post.</source>
        <translation>%1 نیاز به اتصال دوباره دارد: «حساب‌ها» را باز کنید و دوباره وارد شوید، یا این حساب را از پست بردارید.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="396"/>
        <source>%1 is switched off: turn it on in Accounts or remove it from the post.</source>
        <translation>%1 خاموش است: آن را در «حساب‌ها» روشن کنید یا از پست بردارید.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="400"/>
        <source>The post for %1 is empty: write some text.</source>
        <translation>پست %1 خالی است: متنی بنویسید.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="404"/>
        <source>%1 needs at least one image: add a photo.</source>
        <translation>%1 دست‌کم یک تصویر لازم دارد: عکسی اضافه کنید.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="408"/>
        <source>%n image(s) without a description (alt text): people who cannot see the photo will miss it.</source>
        <translation>
            <numerusform>%n تصویر بدون توضیح (متن جایگزین): کسانی که عکس را نمی‌بینند آن را از دست می‌دهند.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="414"/>
        <source>The time for %1 is in the past: pick a later time or choose Post now.</source>
        <translation>زمان %1 گذشته است: زمانی بعدتر برگزینید یا «انتشار فوری» را انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="419"/>
        <source>%1 is too small for %2: it takes pictures at least %3 pixels wide, this one is %4. Use a larger photo, or remove this account.</source>
        <translation>%1 برای %2 خیلی کوچک است: عرض تصویر باید دست‌کم %3 پیکسل باشد و عرض این یکی %4 است. عکس بزرگ‌تری به کار ببرید یا این حساب را بردارید.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="429"/>
        <source>%1 does not play animated GIFs: %2 will be posted as a still picture (its first frame).</source>
        <translation>GIF متحرک در %1 پخش نمی‌شود: %2 به‌صورت تصویر ثابت (نخستین فریم آن) منتشر می‌شود.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="437"/>
        <source>%1 is larger than the %2 MB %3 takes for an animation: if it cannot be made small enough, it is posted as a still picture.</source>
        <translation>%1 از سقف %2 مگابایتی که %3 برای تصویر متحرک می‌پذیرد بزرگ‌تر است: اگر به اندازهٔ کافی کوچک نشود، به‌صورت تصویر ثابت منتشر می‌شود.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="446"/>
        <source>%1 shows only %2% of %3 (its shape is cut to fit): check the preview, or move the photo&apos;s focus point on the Media screen.</source>
        <translation>%1 فقط %2 درصد از %3 را نشان می‌دهد (برای جا شدن بریده می‌شود): پیش‌نمایش را بررسی کنید یا نقطهٔ کانونی عکس را در صفحهٔ «رسانه» جابه‌جا کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="455"/>
        <source>The %1 column holds a NUL character (a zero byte), which no post can contain. Delete it and try again.</source>
        <translation>ستون %1 یک نویسهٔ NUL (بایت صفر) دارد که هیچ پستی نمی‌تواند داشته باشد. آن را حذف کنید و دوباره امتحان کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="461"/>
        <source>“%1” is not an account like instagram:@yourshop (platform, colon, handle).</source>
        <translation>«⁨%1⁩» حسابی به شکل ⁦instagram:@yourshop⁩ (پلتفرم، دونقطه، نام کاربری) نیست.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="466"/>
        <source>There is no account %1:%2 in SMM Desk. Add it under Accounts, or fix the spelling.</source>
        <translation>حساب ⁦%1:%2⁩ در SMM Desk نیست. آن را در «حساب‌ها» اضافه کنید یا املای آن را اصلاح کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="472"/>
        <source>No account is given: write at least one, like instagram:@yourshop, or leave the date empty to keep the post as an idea.</source>
        <translation>هیچ حسابی داده نشده: دست‌کم یکی بنویسید، مثلاً ⁦instagram:@yourshop⁩، یا تاریخ را خالی بگذارید تا پست به‌صورت ایده بماند.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="476"/>
        <source>“%1” is too far in the past or the future. Use a date between %2 and %3.</source>
        <translation>«⁨%1⁩» بیش از حد دور در گذشته یا آینده است. تاریخی میان ⁨%2⁩ و ⁨%3⁩ به کار ببرید.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="483"/>
        <source>“%1” is not a date and time. Write it like 2026-06-02 12:30 (or 2026-06-02T12:30+02:00 with a UTC offset).</source>
        <translation>«⁨%1⁩» تاریخ و ساعت نیست. آن را به شکل ⁦2026-06-02 12:30⁩ بنویسید (یا ⁦2026-06-02T12:30+02:00⁩ با اختلاف از UTC).</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="490"/>
        <source>%1 is in the past. Change the date, or leave it empty to keep the post as an idea.</source>
        <translation>⁨%1⁩ گذشته است. تاریخ را تغییر دهید یا خالی بگذارید تا پست به‌صورت ایده بماند.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="494"/>
        <source>The image file %1 is missing.</source>
        <translation>فایل تصویر ⁨%1⁩ پیدا نشد.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="495"/>
        <source>The post has no text and no image.</source>
        <translation>پست نه متن دارد و نه تصویر.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="498"/>
        <source>%1:%2 has no posting times for the queue. Add some in the account&apos;s queue settings, or give the row a date.</source>
        <translation>⁦%1:%2⁩ زمان انتشاری برای صف ندارد. در تنظیمات صف این حساب چند زمان اضافه کنید یا به ردیف تاریخ بدهید.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="505"/>
        <source>%1 images: %2 takes at most %n in one post.</source>
        <translation>
            <numerusform>%1 تصویر: %2 در هر پست حداکثر %n تصویر می‌پذیرد.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="510"/>
        <source>%1 needs at least one image in a post.</source>
        <translation>%1 در هر پست دست‌کم یک تصویر لازم دارد.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="515"/>
        <source>%1 asks SMM Desk to slow down. It will try again shortly.</source>
        <translation>%1 از SMM Desk خواسته است آهسته‌تر پیش برود. کمی بعد دوباره امتحان می‌شود.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="519"/>
        <source>%1 had a problem on its side. SMM Desk will try again.</source>
        <translation>در سمت %1 مشکلی پیش آمد. SMM Desk دوباره تلاش می‌کند.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="524"/>
        <source>%1 no longer accepts the saved login. Open Accounts and reconnect this account.</source>
        <translation>%1 دیگر اطلاعات ورود ذخیره‌شده را نمی‌پذیرد. «حساب‌ها» را باز کنید و این حساب را دوباره وصل کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="529"/>
        <source>SMM Desk could not reach %1. It will try again.</source>
        <translation>SMM Desk نتوانست به %1 وصل شود. دوباره تلاش می‌کند.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="533"/>
        <source>%1 refused the post. Change the post and schedule it again.</source>
        <translation>%1 پست را نپذیرفت. پست را تغییر دهید و دوباره زمان‌بندی کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="537"/>
        <source>This account does not exist any more.</source>
        <translation>این حساب دیگر وجود ندارد.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="539"/>
        <source>SMM Desk cannot post to %1 by itself.</source>
        <translation>SMM Desk نمی‌تواند خودش در %1 پست بگذارد.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="542"/>
        <source>Unknown platform “%1”. Choose one of: %2.</source>
        <translation>پلتفرم ناشناخته: «%1». یکی از این‌ها را انتخاب کنید: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="544"/>
        <source>Enter the account&apos;s handle or name.</source>
        <translation>نام کاربری یا نام حساب را وارد کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="546"/>
        <source>Enter the Telegram channel (@name or its numeric id).</source>
        <translation>کانال Telegram را وارد کنید (⁦@name⁩ یا شناسهٔ عددی آن).</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="549"/>
        <source>Enter your Mastodon server&apos;s address, e.g. https://mastodon.social</source>
        <translation>نشانی سرور Mastodon خود را وارد کنید، مثلاً ⁦https://mastodon.social⁩</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="553"/>
        <source>“%1” is not a full server address. Enter it with https:// in front, e.g. https://mastodon.social</source>
        <translation>«%1» نشانی کامل سرور نیست. آن را با ⁦https://⁩ در ابتدا وارد کنید، مثلاً ⁦https://mastodon.social⁩</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="560"/>
        <source>SMM Desk does not send your login to %1 over an unencrypted connection (http://). Use the server&apos;s https:// address.</source>
        <translation>SMM Desk اطلاعات ورود شما را از راه اتصال رمزنگاری‌نشده (⁦http://⁩) به %1 نمی‌فرستد. نشانی ⁦https://⁩ سرور را به کار ببرید.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="566"/>
        <source>%1 on %2 is already connected.</source>
        <translation>%1 در %2 از قبل وصل است.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="569"/>
        <source>%1 needs a password or token to connect; none was given.</source>
        <translation>%1 برای اتصال به گذرواژه یا توکن نیاز دارد؛ چیزی داده نشد.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="574"/>
        <source>SMM Desk posts to %1 with your help (assisted publishing) and needs no password for it.</source>
        <translation>انتشار در %1 با کمک شما انجام می‌شود و SMM Desk برای آن گذرواژه‌ای لازم ندارد.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="580"/>
        <source>The saved password or token is missing. Reconnect the account.</source>
        <translation>گذرواژه یا توکن ذخیره‌شده پیدا نشد. حساب را دوباره وصل کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="585"/>
        <source>%1 did not accept the login. Check it and connect the account again.</source>
        <translation>%1 اطلاعات ورود را نپذیرفت. آن را بررسی کنید و حساب را دوباره وصل کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="589"/>
        <source>%1 refused the connection. Check the account&apos;s details and try again.</source>
        <translation>%1 اتصال را نپذیرفت. مشخصات حساب را بررسی کنید و دوباره امتحان کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="593"/>
        <source>SMM Desk could not reach %1. Check the internet connection and try again.</source>
        <translation>SMM Desk نتوانست به %1 وصل شود. اتصال اینترنت را بررسی کنید و دوباره امتحان کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="597"/>
        <source>%1 asks SMM Desk to slow down. Wait a few minutes and try again.</source>
        <translation>%1 از SMM Desk خواسته است آهسته‌تر پیش برود. چند دقیقه صبر کنید و دوباره امتحان کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="601"/>
        <source>%1 had a problem on its side. Try again later.</source>
        <translation>در سمت %1 مشکلی پیش آمد. بعداً دوباره امتحان کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="605"/>
        <source>SMM Desk could not use the system&apos;s keyring, where it keeps your logins. Check that the keyring is unlocked, then try again.</source>
        <translation>SMM Desk نتوانست از انبارهٔ گذرواژهٔ سیستم، که اطلاعات ورود شما را در آن نگه می‌دارد، استفاده کند. بررسی کنید که قفل انبارهٔ گذرواژه باز باشد، سپس دوباره امتحان کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="608"/>
        <source>Only VK accounts take a user token.</source>
        <translation>فقط حساب‌های VK توکن کاربر می‌پذیرند.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="609"/>
        <source>Paste the user token first.</source>
        <translation>ابتدا توکن کاربر را بچسبانید.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="611"/>
        <source>This user token cannot upload photos for the community: create it as an administrator of the community with the rights photos and wall.</source>
        <translation>این توکن کاربر نمی‌تواند برای انجمن عکس بارگذاری کند: آن را در نقش مدیر انجمن و با دسترسی‌های ⁦photos⁩ و ⁦wall⁩ بسازید.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="614"/>
        <source>%1 was removed.</source>
        <translation>%1 حذف شد.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="617"/>
        <source>%1 was disconnected and its login deleted. Its past posts stay in the plan; %n scheduled post(s) went back to drafts.</source>
        <translation>
            <numerusform>اتصال %1 قطع و اطلاعات ورود آن پاک شد. پست‌های گذشته‌اش در برنامه می‌مانند؛ %n پست زمان‌بندی‌شده به پیش‌نویس برگشت.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="624"/>
        <source>Removed: its saved login was deleted.</source>
        <translation>حذف شد: اطلاعات ورود ذخیره‌شدهٔ آن پاک شد.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="627"/>
        <source>The saved login of this account is missing. Reconnect it in Accounts.</source>
        <translation>اطلاعات ورود ذخیره‌شدهٔ این حساب پیدا نشد. آن را در «حساب‌ها» دوباره وصل کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="630"/>
        <source>VK lets only a person, not a community token, upload photos to a wall. Post this one on VK yourself, or add a user token to this account in Accounts so SMM Desk can send photos next time.</source>
        <translation>VK فقط به یک شخص، نه به توکن انجمن، اجازهٔ بارگذاری عکس روی دیوار را می‌دهد. این پست را خودتان در VK منتشر کنید، یا در «حساب‌ها» یک توکن کاربر به این حساب اضافه کنید تا SMM Desk دفعهٔ بعد بتواند عکس بفرستد.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="635"/>
        <source>An image of this post cannot be prepared. Replace it and try again.</source>
        <translation>یکی از تصویرهای این پست آماده نمی‌شود. آن را جایگزین کنید و دوباره امتحان کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="638"/>
        <source>Sending stopped on an unexpected error (%1).</source>
        <translation>ارسال با خطایی غیرمنتظره متوقف شد (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="642"/>
        <source>Sending stopped on an unexpected error (%1). SMM Desk will try again; the details are in its log.</source>
        <translation>ارسال با خطایی غیرمنتظره متوقف شد (%1). SMM Desk دوباره تلاش می‌کند؛ جزئیات در فایل گزارش آن است.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="649"/>
        <source>Sending stopped on an unexpected error (%1). The post may have gone out: look at the platform; if it is there, mark it as published, if not, send it again.</source>
        <translation>ارسال با خطایی غیرمنتظره متوقف شد (%1). شاید پست منتشر شده باشد: پلتفرم را نگاه کنید؛ اگر پست آنجاست، آن را منتشرشده ثبت کنید، وگرنه دوباره بفرستید.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="657"/>
        <source>The answer of %1 to this post was lost or unreadable, so SMM Desk cannot know whether it went out. Look at %1: if the post is there, mark it as published; if not, send it again.</source>
        <translation>پاسخ %1 به این پست گم شد یا خواندنی نبود، پس SMM Desk نمی‌داند پست منتشر شده است یا نه. %1 را نگاه کنید: اگر پست آنجاست، آن را منتشرشده ثبت کنید؛ وگرنه دوباره بفرستید.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="667"/>
        <source>SMM Desk stopped before sending this post; it will be sent now.</source>
        <translation>SMM Desk پیش از ارسال این پست متوقف شد؛ اکنون ارسال می‌شود.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="671"/>
        <source>SMM Desk stopped while sending this post to %1. It will check and finish the job without posting twice.</source>
        <translation>SMM Desk هنگام ارسال این پست به %1 متوقف شد. بررسی می‌کند و کار را بی‌آنکه پست دو بار منتشر شود به پایان می‌رساند.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="679"/>
        <source>SMM Desk stopped while sending this post to %1, so it cannot know whether it went out. Look at %1: if the post is there, mark it as published; if not, send it again.</source>
        <translation>SMM Desk هنگام ارسال این پست به %1 متوقف شد، پس نمی‌داند پست منتشر شده است یا نه. %1 را نگاه کنید: اگر پست آنجاست، آن را منتشرشده ثبت کنید؛ وگرنه دوباره بفرستید.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="689"/>
        <source>Waiting: %1 on %2 is switched off. Turn it on in Accounts to send this post.</source>
        <translation>در انتظار: %1 در %2 خاموش است. برای ارسال این پست، آن را در «حساب‌ها» روشن کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="694"/>
        <source>Waiting for %1 on %2 to be reconnected in Accounts; then this post goes out.</source>
        <translation>در انتظار اتصال دوبارهٔ %1 در %2 از صفحهٔ «حساب‌ها»؛ پس از آن این پست منتشر می‌شود.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="699"/>
        <source>This post is %1 now; nothing was changed.</source>
        <translation>این پست اکنون %1 است؛ چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="702"/>
        <source>This post is %1 now; there is nothing to retry.</source>
        <translation>این پست اکنون %1 است؛ چیزی برای تلاش دوباره نیست.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="705"/>
        <source>%1 on %2 needs reconnecting first: open Accounts, reconnect it, then retry.</source>
        <translation>%1 در %2 ابتدا باید دوباره وصل شود: «حساب‌ها» را باز کنید، آن را دوباره وصل کنید، سپس دوباره تلاش کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="710"/>
        <source>%1 on %2 is switched off: turn it on in Accounts, then retry.</source>
        <translation>%1 در %2 خاموش است: آن را در «حساب‌ها» روشن کنید، سپس دوباره تلاش کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="717"/>
        <source>Could not run %1 (%2). Set it up by hand as described in the help (docs/publishing.md).</source>
        <translation>اجرای %1 ممکن نشد (%2). آن را طبق راهنما (⁦docs/publishing.md⁩) دستی تنظیم کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="725"/>
        <source>%1 refused (exit code %2). Set it up by hand as described in the help (docs/publishing.md).</source>
        <translation>%1 با خطا پایان یافت (کد خروج %2). آن را طبق راهنما (⁦docs/publishing.md⁩) دستی تنظیم کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="731"/>
        <source>Demo account: nothing is sent from the demo workspace.</source>
        <translation>حساب نمایشی: از فضای کار نمایشی چیزی ارسال نمی‌شود.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="733"/>
        <source>%1 is over 50 MB: is it really a stats export?</source>
        <translation>%1 بیش از ۵۰ مگابایت است: آیا واقعاً خروجی آمار است؟</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="735"/>
        <source>File not found: %1</source>
        <translation>فایل پیدا نشد: %1</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="736"/>
        <source>%1 is a folder, not a CSV file.</source>
        <translation>%1 یک پوشه است، نه فایل CSV.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="738"/>
        <source>%1 is not a CSV text file (an Excel .xlsx? Save it as CSV first).</source>
        <translation>%1 فایل متنی CSV نیست (شاید فایل ⁦.xlsx⁩ اکسل؟ ابتدا آن را به‌صورت CSV ذخیره کنید).</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="741"/>
        <source>%1 is empty.</source>
        <translation>%1 خالی است.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="743"/>
        <source>There is no account with id %1.</source>
        <translation>حسابی با شناسهٔ %1 وجود ندارد.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="747"/>
        <source>Several accounts could be meant; choose one of: %1.</source>
        <translation>ممکن است منظور چند حساب باشد؛ یکی را انتخاب کنید: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="750"/>
        <source>%1 does not look like a “%2” file: it has no column %3. Its columns are: %4.</source>
        <translation>%1 شبیه فایل «%2» نیست: ستون %3 را ندارد. ستون‌های آن: %4.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="756"/>
        <source>The import was stopped; nothing was stored.</source>
        <translation>درون‌ریزی متوقف شد؛ چیزی ذخیره نشد.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="757"/>
        <source>No post id or link.</source>
        <translation>شناسه یا پیوند پست ندارد.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="759"/>
        <source>%1: “%2” is not a date.</source>
        <translation>%1: «%2» تاریخ نیست.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="762"/>
        <source>%1: “%2” is not a number.</source>
        <translation>%1: «%2» عدد نیست.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="765"/>
        <source>No publish time, for a post SMM Desk does not know yet.</source>
        <translation>زمان انتشار ندارد، و SMM Desk این پست را هنوز نمی‌شناسد.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="767"/>
        <source>No date.</source>
        <translation>تاریخ ندارد.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="769"/>
        <source>%1: a figure cannot be negative (%2).</source>
        <translation>%1: آمار نمی‌تواند منفی باشد (%2).</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="773"/>
        <source>No figures in this row.</source>
        <translation>این ردیف آماری ندارد.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="775"/>
        <source>%1: enter a number.</source>
        <translation>%1: یک عدد وارد کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="778"/>
        <source>%1: enter zero or a positive number.</source>
        <translation>%1: صفر یا عددی مثبت وارد کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="780"/>
        <source>Unknown figures: %1.</source>
        <translation>آمار ناشناخته: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="781"/>
        <source>That post no longer exists.</source>
        <translation>آن پست دیگر وجود ندارد.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="782"/>
        <source>That account no longer exists.</source>
        <translation>آن حساب دیگر وجود ندارد.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="784"/>
        <source>Currency: use the three-letter code, e.g. EUR or USD.</source>
        <translation>واحد پول: کد سه‌حرفی را به کار ببرید، مثلاً EUR یا USD.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="786"/>
        <source>Platform: choose where the ad ran.</source>
        <translation>پلتفرم: جایی را که تبلیغ در آن اجرا شد انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="788"/>
        <source>This post was deleted meanwhile; nothing was changed.</source>
        <translation>این پست در این فاصله حذف شده است؛ چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="791"/>
        <source>This post was deleted meanwhile; nothing was copied.</source>
        <translation>این پست در این فاصله حذف شده است؛ چیزی کپی نشد.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="794"/>
        <source>A published post stays in the plan as a record; it can&apos;t be deleted.</source>
        <translation>پست منتشرشده به‌عنوان سابقه در برنامه می‌ماند؛ نمی‌توان آن را حذف کرد.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="798"/>
        <source>This post is a draft: open it, check it and schedule it first.</source>
        <translation>این پست پیش‌نویس است: ابتدا آن را باز کنید، بررسی کنید و زمان‌بندی کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="801"/>
        <source>Only a post with a date can be copied onto a time.</source>
        <translation>فقط پستی را که تاریخ دارد می‌توان روی یک زمان کپی کرد.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="804"/>
        <source>Pick at least one account for this post before scheduling it.</source>
        <translation>پیش از زمان‌بندی، دست‌کم یک حساب برای این پست انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="808"/>
        <source>%1 has no posting times yet. Add some (e.g. Tue 12:30) in the account&apos;s queue settings.</source>
        <translation>%1 هنوز زمان انتشاری ندارد. در تنظیمات صف این حساب چند زمان اضافه کنید (مثلاً ⁦Tue 12:30⁩).</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="814"/>
        <source>Every posting time of %1 is taken for the next year. Add more posting times.</source>
        <translation>همهٔ زمان‌های انتشار %1 تا یک سال آینده پر است. زمان‌های انتشار بیشتری اضافه کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="817"/>
        <source>Give the rubric a name, e.g. “Useful tips”.</source>
        <translation>برای دسته نامی بگذارید، مثلاً «نکته‌های کاربردی».</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="819"/>
        <source>A rubric name can have at most %n character(s).</source>
        <translation>
            <numerusform>نام دسته حداکثر %n نویسه می‌تواند داشته باشد.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="822"/>
        <source>“%1” is not a colour like #3a7bd5.</source>
        <translation>«%1» رنگی به شکل ⁦#3a7bd5⁩ نیست.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="825"/>
        <source>A target share is between %1 and %2.</source>
        <translation>سهم هدف بین %1 و %2 است.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="830"/>
        <source>There is already a rubric called “%1”.</source>
        <translation>دسته‌ای با نام «%1» از قبل وجود دارد.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="833"/>
        <source>The target shares would add up to more than 100%; at most %1 is left.</source>
        <translation>مجموع سهم‌های هدف از ۱۰۰ درصد بیشتر می‌شود؛ حداکثر %1 باقی مانده است.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="836"/>
        <source>This rubric was deleted meanwhile.</source>
        <translation>این دسته در این فاصله حذف شده است.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="837"/>
        <source>This account was removed meanwhile.</source>
        <translation>این حساب در این فاصله حذف شده است.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="839"/>
        <source>“%1” is not a posting time like “Tue 12:30”. %2</source>
        <translation>«%1» زمان انتشاری به شکل «⁦Tue 12:30⁩» نیست. %2</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="844"/>
        <source>“%1” is not a weekday. %2</source>
        <translation>«%1» روز هفته نیست. %2</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="847"/>
        <source>“%1” is not a time of day. %2</source>
        <translation>«%1» ساعتی از روز نیست. %2</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="850"/>
        <source>This import can&apos;t be redone; import the file again.</source>
        <translation>این درون‌ریزی را نمی‌توان از نو انجام داد؛ فایل را دوباره درون‌ریزی کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="852"/>
        <source>The file %1 does not exist.</source>
        <translation>فایل %1 وجود ندارد.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="854"/>
        <source>The file is empty: it needs a header row with %1.</source>
        <translation>فایل خالی است: به یک ردیف سرستون با %1 نیاز دارد.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="859"/>
        <source>The column “%1” appears twice. Keep one and delete the other, then try again.</source>
        <translation>ستون «%1» دو بار آمده است. یکی را نگه دارید و دیگری را حذف کنید، سپس دوباره امتحان کنید.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="864"/>
        <source>The file has more than %n post(s); SMM Desk imports at most %n at a time. Split it into smaller files.</source>
        <translation>
            <numerusform>فایل بیش از %n پست دارد؛ SMM Desk هر بار حداکثر %n پست درون‌ریزی می‌کند. آن را به چند فایل کوچک‌تر تقسیم کنید.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problem_words.py" line="870"/>
        <source>A cell has more than %n character(s), far longer than any post. Check that this is the right file, or shorten the cell.</source>
        <translation>
            <numerusform>یک خانه بیش از %n نویسه دارد، بسیار بلندتر از هر پستی. بررسی کنید که فایل درست باشد یا خانه را کوتاه کنید.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="876"/>
        <source>The file is not UTF-8 text. In your spreadsheet app choose “CSV UTF-8” when saving.</source>
        <translation>فایل، متن UTF-8 نیست. در صفحه‌گستردهٔ خود هنگام ذخیره «⁦CSV UTF-8⁩» را انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="880"/>
        <source>The file is not a valid CSV file. Save it again from your spreadsheet app as CSV.</source>
        <translation>فایل، CSV معتبری نیست. آن را دوباره از صفحه‌گستردهٔ خود به‌صورت CSV ذخیره کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="883"/>
        <source>The image %1 can&apos;t be read.</source>
        <translation>تصویر %1 خوانده نمی‌شود.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="887"/>
        <source>%1 asked SMM Desk to slow down; the figures are fetched again after %2.</source>
        <translation>%1 از SMM Desk خواست آهسته‌تر پیش برود؛ آمار پس از %2 دوباره دریافت می‌شود.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="893"/>
        <source>SMM Desk could not reach %1; the figures are fetched at the next refresh.</source>
        <translation>SMM Desk نتوانست به %1 وصل شود؛ آمار در تازه‌سازی بعدی دریافت می‌شود.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="898"/>
        <source>%1 no longer accepts the saved login. Open Accounts and reconnect the account.</source>
        <translation>%1 دیگر اطلاعات ورود ذخیره‌شده را نمی‌پذیرد. «حساب‌ها» را باز کنید و حساب را دوباره وصل کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="904"/>
        <location filename="../../ui/problem_words.py" line="911"/>
        <source>%1 did not give the figures. SMM Desk tries again at the next refresh; if this stays, import the platform&apos;s stats file instead.</source>
        <translation>%1 آمار را ارائه نکرد. SMM Desk در تازه‌سازی بعدی دوباره تلاش می‌کند؛ اگر مشکل ادامه یافت، به‌جای آن فایل آمار پلتفرم را درون‌ریزی کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="918"/>
        <source>The figures from %1 could not be read. SMM Desk tries again at the next refresh.</source>
        <translation>آمار %1 خوانده نشد. SMM Desk در تازه‌سازی بعدی دوباره تلاش می‌کند.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="923"/>
        <source>This account has no saved login. Open Accounts and reconnect it.</source>
        <translation>این حساب اطلاعات ورود ذخیره‌شده ندارد. «حساب‌ها» را باز کنید و آن را دوباره وصل کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/problem_words.py" line="926"/>
        <source>The saved password or token is missing. Open Accounts and reconnect the account.</source>
        <translation>گذرواژه یا توکن ذخیره‌شده پیدا نشد. «حساب‌ها» را باز کنید و حساب را دوباره وصل کنید.</translation>
    </message>
</context>
<context>
    <name>PublishScheduleBox</name>
    <message>
        <location filename="../../ui/publishing/schedule_box.py" line="18"/>
        <source>Publish while SMM Desk is closed</source>
        <translation>انتشار وقتی SMM Desk بسته است</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/schedule_box.py" line="23"/>
        <source>Let this computer send your scheduled posts every 5 minutes, even when the SMM Desk window is closed (the computer must be on and you logged in).</source>
        <translation>این رایانه هر ۵ دقیقه پست‌های زمان‌بندی‌شده را بفرستد، حتی وقتی پنجرهٔ SMM Desk بسته است (رایانه باید روشن باشد و شما وارد شده باشید).</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/schedule_box.py" line="30"/>
        <source>Turn on</source>
        <translation>روشن کردن</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/schedule_box.py" line="32"/>
        <source>Turn off</source>
        <translation>خاموش کردن</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/schedule_box.py" line="52"/>
        <source>On: %1.</source>
        <translation>روشن: %1.</translation>
    </message>
    <message>
        <source>On: {what}.</source>
        <translation type="vanished">روشن: {what}.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/schedule_box.py" line="54"/>
        <source>Off. Posts go out only while SMM Desk is open.</source>
        <translation>خاموش. پست‌ها فقط وقتی SMM Desk باز است منتشر می‌شوند.</translation>
    </message>
</context>
<context>
    <name>PublishingActions</name>
    <message>
        <location filename="../../ui/publishing/target_actions.py" line="77"/>
        <source>%1 @%2: not published</source>
        <translation>%1 @%2: منتشر نشد</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/target_actions.py" line="79"/>
        <source>%1 @%2: check whether it went out</source>
        <translation>%1 @%2: بررسی کنید منتشر شده یا نه</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/target_actions.py" line="84"/>
        <source>See why</source>
        <translation>دیدن علت</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/target_actions.py" line="89"/>
        <source>Retry</source>
        <translation>تلاش دوباره</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/target_actions.py" line="136"/>
        <source>It will be sent in a moment.</source>
        <translation>تا لحظاتی دیگر ارسال می‌شود.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/target_actions.py" line="157"/>
        <source>That did not work (%1). Try again.</source>
        <translation>انجام نشد (%1). دوباره امتحان کنید.</translation>
    </message>
</context>
<context>
    <name>ReadyToPostDialog</name>
    <message>
        <source>Ready to post on {platform}</source>
        <translation type="vanished">آمادهٔ انتشار در {platform}</translation>
    </message>
    <message>
        <source>It is time for this post. The text is copied: paste it on {platform}. The photos ({count}) are in a folder, numbered in order. When it is up, mark it as posted.</source>
        <translation type="vanished">وقت این پست رسیده است. متن کپی شده: آن را در {platform} بچسبانید. عکس‌ها ({count}) به ترتیب شماره‌گذاری در یک پوشه‌اند. پس از انتشار، آن را منتشرشده علامت بزنید.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/ready_dialog.py" line="63"/>
        <source>Copy text again</source>
        <translation>کپی دوبارهٔ متن</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/ready_dialog.py" line="65"/>
        <source>Open photos folder</source>
        <translation>باز کردن پوشهٔ عکس‌ها</translation>
    </message>
    <message>
        <source>Open {platform}</source>
        <translation type="vanished">باز کردن {platform}</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/ready_dialog.py" line="41"/>
        <source>Ready to post on %1</source>
        <translation>آمادهٔ انتشار در %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/publishing/ready_dialog.py" line="48"/>
        <source>It is time for this post. The text is copied: paste it on %1. The photos (%n) are in a folder, numbered in order. When it is up, mark it as posted.</source>
        <translation>
            <numerusform>وقت این پست رسیده است. متن کپی شده: آن را در %1 بچسبانید. عکس‌ها (%n) به ترتیب شماره‌گذاری در یک پوشه‌اند. پس از انتشار، روی «منتشر شد» کلیک کنید.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/publishing/ready_dialog.py" line="72"/>
        <source>Open %1</source>
        <translation>باز کردن %1</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/ready_dialog.py" line="82"/>
        <source>Link to the post (optional)</source>
        <translation>پیوند پست (اختیاری)</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/ready_dialog.py" line="86"/>
        <source>Later</source>
        <translation>بعداً</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/ready_dialog.py" line="88"/>
        <source>Mark as posted</source>
        <translation>منتشر شد</translation>
    </message>
</context>
<context>
    <name>ReconnectSoonButton</name>
    <message>
        <location filename="../../ui/accounts/expiry.py" line="58"/>
        <source>Reconnect %1 (%2): its login expired</source>
        <translation>اتصال دوبارهٔ %1 (%2): اطلاعات ورود منقضی شده</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/expiry.py" line="60"/>
        <source>Reconnect %1 (%2) by %3</source>
        <translation>اتصال دوبارهٔ %1 (%2) تا %3</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/expiry.py" line="61"/>
        <source>SMM Desk could not renew this login by itself. Click to reconnect it.</source>
        <translation>SMM Desk نتوانست خودش این اطلاعات ورود را تمدید کند. برای اتصال دوباره کلیک کنید.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/accounts/expiry.py" line="63"/>
        <source>%n more account(s) need the same.</source>
        <translation>
            <numerusform>%n حساب دیگر هم به همین کار نیاز دارد.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RubricCombo</name>
    <message>
        <location filename="../../ui/composer/widgets.py" line="276"/>
        <source>No rubric</source>
        <translation>بدون دسته</translation>
    </message>
</context>
<context>
    <name>RubricsDialog</name>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="75"/>
        <source>Rubrics</source>
        <translation>دسته‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="79"/>
        <source>Rubrics are the kinds of post you make (product, tips, behind the scenes…). The target share is how much of your plan each should take.</source>
        <translation>دسته‌ها انواع پست‌های شما هستند (محصول، نکته، پشت صحنه…). سهم هدف یعنی هر دسته چه اندازه از برنامه را بگیرد.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="95"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="96"/>
        <source>Colour</source>
        <translation>رنگ</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="97"/>
        <source>Target share</source>
        <translation>سهم هدف</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="104"/>
        <source>Add</source>
        <translation>افزودن</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="105"/>
        <source>Save changes</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="106"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="151"/>
        <source>Rubric colour</source>
        <translation>رنگ دسته</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="167"/>
        <source>New rubric</source>
        <translation>دستهٔ جدید</translation>
    </message>
</context>
<context>
    <name>SchedulePanel</name>
    <message>
        <location filename="../../ui/composer/panels.py" line="83"/>
        <location filename="../../ui/composer/panels.py" line="197"/>
        <source>Post now</source>
        <translation>انتشار فوری</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="84"/>
        <source>Next free slot</source>
        <translation>نخستین زمان آزاد</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="86"/>
        <source>Each account&apos;s next free posting time from its queue (Plan screen)</source>
        <translation>نخستین زمان آزاد انتشار هر حساب از صف آن (صفحهٔ برنامه)</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="88"/>
        <source>At</source>
        <translation>در</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="104"/>
        <source>From the engagement of your own published posts (Dashboard).</source>
        <translation>بر پایهٔ تعامل پست‌های منتشرشدهٔ خودتان (داشبورد).</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="106"/>
        <source>Use this time</source>
        <translation>انتخاب این زمان</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="115"/>
        <location filename="../../ui/composer/panels.py" line="201"/>
        <source>Schedule</source>
        <translation>زمان‌بندی</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="127"/>
        <source>Show in calendar</source>
        <translation>نمایش در تقویم</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="140"/>
        <source>No free posting time for %1: add posting times on the Plan screen, or pick a date and time.</source>
        <translation>زمان آزادی برای %1 نیست: در صفحهٔ برنامه زمان انتشار اضافه کنید یا تاریخ و ساعتی برگزینید.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/composer/panels.py" line="167"/>
        <source>Added to the queue of %n account(s).</source>
        <translation>
            <numerusform>به صف %n حساب اضافه شد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/composer/panels.py" line="171"/>
        <source>Sent to the queue for %n account(s): it goes out now.</source>
        <translation>
            <numerusform>به صف %n حساب فرستاده شد: همین حالا منتشر می‌شود.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/composer/panels.py" line="174"/>
        <source>Scheduled for %n account(s).</source>
        <translation>
            <numerusform>برای %n حساب زمان‌بندی شد.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="179"/>
        <source>%1: ready to post now; SMM Desk shows you the text and photos.</source>
        <translation>%1: آمادهٔ انتشار فوری؛ SMM Desk متن و عکس‌ها را به شما نشان می‌دهد.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="186"/>
        <source>%1: ready to post at %2; SMM Desk will remind you then.</source>
        <translation>%1: آمادهٔ انتشار در ⁨%2⁩؛ SMM Desk در آن زمان به شما یادآوری می‌کند.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="199"/>
        <source>Add to queue</source>
        <translation>افزودن به صف</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="219"/>
        <source>%1 %2</source>
        <translation>%1 ساعت %2</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="225"/>
        <source>Your posts do best on %1.</source>
        <translation>پست‌های شما در %1 بهترین نتیجه را می‌گیرند.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="242"/>
        <source>Write your post above, then schedule it here.</source>
        <translation>پست را در بالا بنویسید، سپس اینجا زمان‌بندی کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="261"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="272"/>
        <source>Choose at least one account above.</source>
        <translation>دست‌کم یک حساب را در بالا انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="275"/>
        <source>Fix these before scheduling, or remove the account from the post:</source>
        <translation>پیش از زمان‌بندی این‌ها را اصلاح کنید یا حساب را از پست بردارید:</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="278"/>
        <source>Ready. Worth a look:</source>
        <translation>آماده است. نگاهی بیندازید:</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="280"/>
        <source>Ready to schedule: no problems found.</source>
        <translation>آمادهٔ زمان‌بندی: مشکلی پیدا نشد.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/settings_page.py" line="28"/>
        <source>Africa</source>
        <translation>آفریقا</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="29"/>
        <source>Americas</source>
        <translation>قارهٔ آمریکا</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="30"/>
        <source>Antarctica</source>
        <translation>جنوبگان</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="31"/>
        <source>Arctic</source>
        <translation>شمالگان</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="32"/>
        <source>Asia</source>
        <translation>آسیا</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="33"/>
        <source>Atlantic Ocean</source>
        <translation>اقیانوس اطلس</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="34"/>
        <source>Australia</source>
        <translation>استرالیا</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="35"/>
        <source>Europe</source>
        <translation>اروپا</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="36"/>
        <source>Indian Ocean</source>
        <translation>اقیانوس هند</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="37"/>
        <source>Pacific Ocean</source>
        <translation>اقیانوس آرام</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="104"/>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="111"/>
        <source>Your shop</source>
        <translation>فروشگاه شما</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="117"/>
        <source>e.g. Bakery Zoet</source>
        <translation>مثلاً نانوایی سحر</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="119"/>
        <source>Shop name</source>
        <translation>نام فروشگاه</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="122"/>
        <source>Printed at the top of your reports, with the logo you chose for your photos (Media).</source>
        <translation>بالای گزارش‌های شما چاپ می‌شود، همراه با لوگویی که برای عکس‌هایتان برگزیده‌اید («رسانه»).</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="130"/>
        <source>Language and time</source>
        <translation>زبان و زمان</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="140"/>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="144"/>
        <source>Restart now</source>
        <translation>اجرای دوباره</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="160"/>
        <source>Gregorian</source>
        <translation>میلادی</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="161"/>
        <source>Persian (Jalali)</source>
        <translation>هجری شمسی</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="162"/>
        <source>Islamic</source>
        <translation>هجری قمری</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="168"/>
        <source>Calendar</source>
        <translation>گاه‌شماری</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="176"/>
        <source>Type a city or a country</source>
        <translation>نام شهر یا کشور را بنویسید</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="178"/>
        <source>Time zone</source>
        <translation>منطقهٔ زمانی</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="180"/>
        <location filename="../../ui/settings_page.py" line="287"/>
        <source>Posting times are shown and scheduled in this time zone.</source>
        <translation>زمان‌های انتشار در این منطقهٔ زمانی نمایش و زمان‌بندی می‌شوند.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="186"/>
        <source>Your data</source>
        <translation>داده‌های شما</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="189"/>
        <source>Data folder</source>
        <translation>پوشهٔ داده</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="190"/>
        <source>Backups</source>
        <translation>پشتیبان‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="191"/>
        <source>Log files</source>
        <translation>فایل‌های گزارش</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="197"/>
        <source>Open</source>
        <translation>باز کردن</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="202"/>
        <source>Photo hosting</source>
        <translation>میزبانی عکس</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="207"/>
        <source>Set up…</source>
        <translation>راه‌اندازی…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="218"/>
        <source>About SMM Desk…</source>
        <translation>دربارهٔ SMM Desk…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="273"/>
        <location filename="../../ui/settings_page.py" line="284"/>
        <source>Unknown time zone: pick one from the list.</source>
        <translation>منطقهٔ زمانی ناشناخته: یکی را از فهرست انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="311"/>
        <source>SMM Desk restarts in %1 — your work is saved.</source>
        <translation>SMM Desk به زبان %1 دوباره اجرا می‌شود — کار شما ذخیره شده است.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="317"/>
        <source>The new language is used from the next start.</source>
        <translation>زبان جدید از اجرای بعدی استفاده می‌شود.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="333"/>
        <source>Not set up: Instagram posts, and Threads posts with photos, are assisted.</source>
        <translation>راه‌اندازی نشده: پست‌های Instagram و پست‌های عکس‌دار Threads با کمک شما منتشر می‌شوند.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="335"/>
        <source>Instagram and Threads photos go through bucket %1.</source>
        <translation>عکس‌های Instagram و Threads از راه باکت %1 فرستاده می‌شوند.</translation>
    </message>
</context>
<context>
    <name>ShapeCombo</name>
    <message>
        <location filename="../../ui/composer/widgets.py" line="311"/>
        <source>Square 1:1</source>
        <translation>مربع ۱:۱</translation>
    </message>
    <message>
        <location filename="../../ui/composer/widgets.py" line="312"/>
        <source>Portrait 4:5</source>
        <translation>عمودی ۴:۵</translation>
    </message>
    <message>
        <location filename="../../ui/composer/widgets.py" line="313"/>
        <source>Landscape 1.91:1</source>
        <translation>افقی ۱٫۹۱:۱</translation>
    </message>
</context>
<context>
    <name>SnippetBar</name>
    <message>
        <location filename="../../ui/composer/snippets.py" line="59"/>
        <source>Hashtag sets</source>
        <translation>مجموعه هشتگ‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/composer/snippets.py" line="62"/>
        <source>Templates</source>
        <translation>الگوها</translation>
    </message>
    <message>
        <location filename="../../ui/composer/snippets.py" line="93"/>
        <source>Nothing saved yet</source>
        <translation>هنوز چیزی ذخیره نشده</translation>
    </message>
    <message>
        <location filename="../../ui/composer/snippets.py" line="96"/>
        <source>Save this post&apos;s hashtags as a set…</source>
        <translation>ذخیرهٔ هشتگ‌های این پست به‌صورت مجموعه…</translation>
    </message>
    <message>
        <location filename="../../ui/composer/snippets.py" line="98"/>
        <source>Save the selected text as a template…</source>
        <translation>ذخیرهٔ متن انتخاب‌شده به‌صورت الگو…</translation>
    </message>
    <message>
        <location filename="../../ui/composer/snippets.py" line="104"/>
        <source>%1 · %2 hashtags</source>
        <translation>%1 · %2 هشتگ</translation>
    </message>
    <message>
        <location filename="../../ui/composer/snippets.py" line="113"/>
        <source>More hashtags than %1 allow(s).</source>
        <translation>هشتگ‌ها بیش از حد مجاز %1 است.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/snippets.py" line="134"/>
        <source>This post has no hashtags to save.</source>
        <translation>این پست هشتگی برای ذخیره ندارد.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/snippets.py" line="136"/>
        <source>Save hashtag set</source>
        <translation>ذخیرهٔ مجموعه هشتگ</translation>
    </message>
    <message>
        <location filename="../../ui/composer/snippets.py" line="136"/>
        <location filename="../../ui/composer/snippets.py" line="146"/>
        <source>Name:</source>
        <translation>نام:</translation>
    </message>
    <message>
        <location filename="../../ui/composer/snippets.py" line="144"/>
        <source>Select the text to keep as a template first.</source>
        <translation>ابتدا متنی را که می‌خواهید الگو شود انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/snippets.py" line="146"/>
        <source>Save template</source>
        <translation>ذخیرهٔ الگو</translation>
    </message>
</context>
<context>
    <name>Stats</name>
    <message>
        <location filename="../../ui/report/labels.py" line="18"/>
        <location filename="../../ui/report/monthly.py" line="221"/>
        <source>Followers</source>
        <translation>دنبال‌کنندگان</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="19"/>
        <source>New followers</source>
        <translation>دنبال‌کنندگان جدید</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="20"/>
        <source>Growth</source>
        <translation>رشد</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="21"/>
        <source>Posts published</source>
        <translation>پست‌های منتشرشده</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="51"/>
        <location filename="../../ui/dashboard/posts_model.py" line="26"/>
        <location filename="../../ui/report/labels.py" line="22"/>
        <source>Reach</source>
        <translation>دسترسی</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="52"/>
        <source>Likes</source>
        <translation>لایک‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="53"/>
        <source>Comments</source>
        <translation>کامنت‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="54"/>
        <source>Shares</source>
        <translation>اشتراک‌گذاری‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="55"/>
        <source>Saves</source>
        <translation>ذخیره‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="56"/>
        <source>Link clicks</source>
        <translation>کلیک روی پیوند</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="70"/>
        <source>Enter a post&apos;s figures</source>
        <translation>ورود آمار یک پست</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="74"/>
        <source>Copy the figures from the platform&apos;s app. Leave a figure at “—” if the platform does not show it. Earlier figures are kept.</source>
        <translation>آمار را از اپ پلتفرم بردارید. اگر پلتفرم عددی را نشان نمی‌دهد، آن را «—» بگذارید. آمار قبلی حفظ می‌شود.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="89"/>
        <location filename="../../ui/dashboard/posts_model.py" line="23"/>
        <source>Post</source>
        <translation>پست</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="143"/>
        <source>Add ad spend</source>
        <translation>افزودن هزینهٔ تبلیغ</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="147"/>
        <source>Enter what a boosted post or an ad cost, as the ad manager shows it. Impressions, clicks and leads are optional; with them the Dashboard shows CPM, CPC and CPL.</source>
        <translation>هزینهٔ پست تقویت‌شده یا تبلیغ را همان‌طور که مدیر تبلیغات نشان می‌دهد وارد کنید. نمایش، کلیک و سرنخ اختیاری‌اند؛ با آن‌ها داشبورد CPM، CPC و CPL را نشان می‌دهد.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="159"/>
        <source>Day</source>
        <translation>روز</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="161"/>
        <source>No particular account</source>
        <translation>بدون حساب مشخص</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/ad_spend_list.py" line="63"/>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="165"/>
        <location filename="../../ui/dashboard/import_dialog.py" line="120"/>
        <location filename="../../ui/dashboard/posts_model.py" line="22"/>
        <source>Account</source>
        <translation>حساب</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/ad_spend_list.py" line="60"/>
        <location filename="../../ui/dashboard/cards.py" line="117"/>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="169"/>
        <source>Platform</source>
        <translation>پلتفرم</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="171"/>
        <source>e.g. Weekend boost</source>
        <translation>مثلاً تقویت آخر هفته</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/ad_spend_list.py" line="50"/>
        <source>Money spent on ads, one line per day and campaign. It is used for cost per click, per thousand views, per lead and per new follower.</source>
        <translation>هزینهٔ تبلیغات، هر روز و هر کمپین یک سطر. برای هزینهٔ هر کلیک، هر هزار نمایش، هر سرنخ و هر دنبال‌کنندهٔ جدید به کار می‌رود.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/ad_spend_list.py" line="61"/>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="172"/>
        <source>Campaign</source>
        <translation>کمپین</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/ad_spend_list.py" line="62"/>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="176"/>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/ad_spend_list.py" line="59"/>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/ad_spend_list.py" line="74"/>
        <source>No ad spend entered yet.</source>
        <translation>هنوز هزینهٔ تبلیغی وارد نشده.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/ad_spend_list.py" line="77"/>
        <source>Add…</source>
        <translation>افزودن…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/ad_spend_list.py" line="78"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/ad_spend_list.py" line="139"/>
        <source>Delete ad spend</source>
        <translation>حذف هزینهٔ تبلیغ</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/ad_spend_list.py" line="141"/>
        <source>Delete %n ad spend entries? The costs per click and per follower are computed again without them.</source>
        <translation>
            <numerusform>%n مورد هزینهٔ تبلیغ حذف شود؟ هزینهٔ هر کلیک و هر دنبال‌کننده بدون آن‌ها دوباره حساب می‌شود.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete %1 ad spend entries? The costs per click and per follower are computed again without them.</source>
        <translation type="vanished">%1 مورد هزینهٔ تبلیغ حذف شود؟ هزینهٔ هر کلیک و هر دنبال‌کننده بدون آن‌ها دوباره حساب می‌شود.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="180"/>
        <source>Currency</source>
        <translation>واحد پول</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="182"/>
        <source>Ad impressions</source>
        <translation>نمایش تبلیغ</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="183"/>
        <source>Ad clicks</source>
        <translation>کلیک تبلیغ</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="184"/>
        <source>Leads</source>
        <translation>سرنخ‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/posts_model.py" line="21"/>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/posts_model.py" line="24"/>
        <source>Engagement</source>
        <translation>تعامل</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/posts_model.py" line="25"/>
        <location filename="../../ui/report/labels.py" line="23"/>
        <source>Interactions</source>
        <translation>تعامل‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/posts_model.py" line="90"/>
        <source>Double-click to open it</source>
        <translation>برای باز کردن دوبار کلیک کنید</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="24"/>
        <source>Engagement rate (by reach)</source>
        <translation>نرخ تعامل (بر پایهٔ دسترسی)</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="25"/>
        <source>Engagement rate (by followers)</source>
        <translation>نرخ تعامل (بر پایهٔ دنبال‌کننده)</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="26"/>
        <source>Reach rate</source>
        <translation>نرخ دسترسی</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="27"/>
        <source>Click-through rate</source>
        <translation>نرخ کلیک (CTR)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/ad_spend_list.py" line="45"/>
        <location filename="../../ui/report/labels.py" line="28"/>
        <source>Ad spend</source>
        <translation>هزینهٔ تبلیغ</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="29"/>
        <source>Cost per 1,000 impressions (CPM)</source>
        <translation>هزینهٔ هر ۱۰۰۰ نمایش (CPM)</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="30"/>
        <source>Cost per click (CPC)</source>
        <translation>هزینهٔ هر کلیک (CPC)</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="31"/>
        <source>Cost per lead (CPL)</source>
        <translation>هزینهٔ هر سرنخ (CPL)</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="32"/>
        <source>Cost per new follower</source>
        <translation>هزینهٔ هر دنبال‌کنندهٔ جدید</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="36"/>
        <source>Followers at the end of the period, all chosen accounts together.</source>
        <translation>دنبال‌کنندگان در پایان دوره، همهٔ حساب‌های انتخابی روی هم.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="39"/>
        <source>Followers at the end minus followers at the start of the period.</source>
        <translation>دنبال‌کنندگان پایان دوره منهای دنبال‌کنندگان آغاز دوره.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="42"/>
        <source>Growth: (followers at the end − followers at the start) / followers at the start.</source>
        <translation>رشد: (دنبال‌کنندگان پایان − دنبال‌کنندگان آغاز) / دنبال‌کنندگان آغاز.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="45"/>
        <source>Posts published in the period, per account.</source>
        <translation>پست‌های منتشرشده در دوره، برای هر حساب.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="46"/>
        <source>Reach: the people who saw the period&apos;s posts, added up over the posts.</source>
        <translation>دسترسی: کسانی که پست‌های دوره را دیدند، جمع همهٔ پست‌ها.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="49"/>
        <source>Interactions: likes + comments + shares + saves, counting those the platform reports.</source>
        <translation>تعامل‌ها: لایک + کامنت + اشتراک‌گذاری + ذخیره، هر کدام که پلتفرم گزارش می‌دهد.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="53"/>
        <source>Engagement rate by reach: interactions / reach, over posts that have a reach.</source>
        <translation>نرخ تعامل بر پایهٔ دسترسی: تعامل‌ها / دسترسی، در پست‌هایی که دسترسی دارند.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="56"/>
        <source>Engagement rate by followers: interactions per post / followers.</source>
        <translation>نرخ تعامل بر پایهٔ دنبال‌کننده: تعامل هر پست / دنبال‌کنندگان.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="59"/>
        <source>Reach rate: reach per post / followers.</source>
        <translation>نرخ دسترسی: دسترسی هر پست / دنبال‌کنندگان.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="60"/>
        <source>Click-through rate: clicks / impressions (or reach, without impressions).</source>
        <translation>نرخ کلیک: کلیک‌ها / نمایش‌ها (یا دسترسی، اگر نمایش نباشد).</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="63"/>
        <source>Money spent on ads in the period, as entered.</source>
        <translation>هزینهٔ تبلیغات در دوره، همان‌طور که وارد شده.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="64"/>
        <source>CPM: ad spend per 1,000 ad impressions.</source>
        <translation>CPM: هزینهٔ تبلیغ برای هر ۱۰۰۰ نمایش تبلیغ.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="65"/>
        <source>CPC: ad spend / ad clicks.</source>
        <translation>CPC: هزینهٔ تبلیغ / کلیک‌های تبلیغ.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="66"/>
        <source>CPL: ad spend / leads.</source>
        <translation>CPL: هزینهٔ تبلیغ / سرنخ‌ها.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="67"/>
        <source>Cost per new follower: ad spend / new followers in the period.</source>
        <translation>هزینهٔ هر دنبال‌کنندهٔ جدید: هزینهٔ تبلیغ / دنبال‌کنندگان جدید دوره.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="73"/>
        <source>likes</source>
        <translation>لایک</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="74"/>
        <source>comments</source>
        <translation>کامنت</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="75"/>
        <source>shares</source>
        <translation>اشتراک‌گذاری</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="76"/>
        <source>saves</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="77"/>
        <source>impressions</source>
        <translation>نمایش</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="78"/>
        <source>reach</source>
        <translation>دسترسی</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="79"/>
        <source>clicks</source>
        <translation>کلیک</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="80"/>
        <source>followers</source>
        <translation>دنبال‌کننده</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="81"/>
        <source>reach of the day</source>
        <translation>دسترسی روز</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="82"/>
        <source>views of the day</source>
        <translation>بازدید روز</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="83"/>
        <source>new followers</source>
        <translation>دنبال‌کنندگان جدید</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="84"/>
        <source>lost followers</source>
        <translation>دنبال‌کنندگان از دست رفته</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="94"/>
        <source>Mon</source>
        <translation>دوشنبه</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="95"/>
        <source>Tue</source>
        <translation>سه‌شنبه</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="96"/>
        <source>Wed</source>
        <translation>چهارشنبه</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="97"/>
        <source>Thu</source>
        <translation>پنجشنبه</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="98"/>
        <source>Fri</source>
        <translation>جمعه</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="99"/>
        <source>Sat</source>
        <translation>شنبه</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="100"/>
        <source>Sun</source>
        <translation>یکشنبه</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="127"/>
        <source>not enough data</source>
        <translation>دادهٔ کافی نیست</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="134"/>
        <source>Counted here: %1.</source>
        <translation>شمرده‌شده در اینجا: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="159"/>
        <source>pp</source>
        <translation>واحد درصد</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="197"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="214"/>
        <source>Monthly report: %1</source>
        <translation>گزارش ماهانه: %1</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="216"/>
        <source>Weekly report: %1</source>
        <translation>گزارش هفتگی: ⁨%1⁩</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="218"/>
        <source>Report for %1</source>
        <translation>گزارش روز %1</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="220"/>
        <source>Report on %1: %2</source>
        <translation>گزارش %1: ⁨%2⁩</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="238"/>
        <source>Reach %1 on the period before.</source>
        <translation>دسترسی ⁨%1⁩ نسبت به دورهٔ قبل.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="241"/>
        <source>Reach: %1 (nothing to compare with yet).</source>
        <translation>دسترسی: %1 (هنوز چیزی برای مقایسه نیست).</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="248"/>
        <source>%1 engaged best (%2 engagement rate).</source>
        <translation>بیشترین تعامل در %1 بود (نرخ تعامل ⁨%2⁩).</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="258"/>
        <source>Posts in “%1” did best (%2 engagement rate).</source>
        <translation>پست‌های دستهٔ «%1» بهترین نتیجه را داشتند (نرخ تعامل ⁨%2⁩).</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="267"/>
        <source>Post more on %1 around %2: your posts at that time did best.</source>
        <translation>روزهای %1 حدود ساعت ⁨%2⁩ بیشتر پست بگذارید: پست‌های شما در این زمان بهترین نتیجه را داشتند.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="276"/>
        <source>Too few posts yet to say which day works best: an hour needs %1 posts before it counts.</source>
        <translation>هنوز پست‌ها برای تعیین بهترین روز کم است: هر ساعت دست‌کم %1 پست لازم دارد تا به حساب بیاید.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/cards.py" line="63"/>
        <source>%1 vs previous period</source>
        <translation>%1 نسبت به دورهٔ قبل</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/cards.py" line="65"/>
        <source>no comparison yet</source>
        <translation>هنوز مقایسه‌ای نیست</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/cards.py" line="111"/>
        <source>Reach and engagement of each platform&apos;s posts in the period.</source>
        <translation>دسترسی و تعامل پست‌های هر پلتفرم در این دوره.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="122"/>
        <source>Followers over time</source>
        <translation>روند دنبال‌کنندگان</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="129"/>
        <source>%1 → %2</source>
        <translation>از %1 به %2</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="133"/>
        <source>Followers are counted once a day while SMM Desk runs, or imported from a daily stats file.</source>
        <translation>دنبال‌کنندگان روزی یک بار، وقتی SMM Desk اجرا است، شمرده می‌شوند یا از فایل آمار روزانه درون‌ریزی می‌شوند.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="141"/>
        <location filename="../../ui/report/monthly.py" line="227"/>
        <source>Engagement rate per post</source>
        <translation>نرخ تعامل هر پست</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/charts.py" line="147"/>
        <location filename="../../ui/dashboard/charts.py" line="165"/>
        <location filename="../../ui/dashboard/charts.py" line="231"/>
        <location filename="../../ui/report/monthly.py" line="286"/>
        <location filename="../../ui/report/monthly.py" line="335"/>
        <source>%n posts</source>
        <translation>
            <numerusform>%n پست</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/charts.py" line="150"/>
        <source>%n without a reach figure left out</source>
        <translation>
            <numerusform>%n مورد بدون آمار دسترسی کنار گذاشته شد</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="212"/>
        <source>Suggested: %1, the darkest cell (outlined)</source>
        <translation>پیشنهاد: %1، تیره‌ترین خانه (با کادر)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="217"/>
        <source>next best: %1</source>
        <translation>پس از آن: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="222"/>
        <source>No suggestion yet: every hour you posted at has fewer than %1 posts (grey), too few to trust.</source>
        <translation>هنوز پیشنهادی نیست: هر ساعتی که در آن پست گذاشته‌اید کمتر از %1 پست دارد (خاکستری) و برای اطمینان کم است.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="230"/>
        <source>%1 of the last %2; grey: fewer than %3 posts</source>
        <translation>%1 در %2 گذشته؛ خاکستری: کمتر از %3 پست</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/charts.py" line="232"/>
        <location filename="../../ui/report/labels.py" line="221"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n روز</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 posts</source>
        <translation type="vanished">%1 پست</translation>
    </message>
    <message>
        <source>%1 without a reach figure are left out</source>
        <translation type="vanished">%1 مورد بدون آمار دسترسی کنار گذاشته شد</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="168"/>
        <source>ER %1</source>
        <translation>ER %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="170"/>
        <source>Too few posts to trust</source>
        <translation>پست‌ها برای اطمینان کم است</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="197"/>
        <source>Best time to post</source>
        <translation>بهترین زمان انتشار</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="199"/>
        <source>From your own posts: the mean engagement rate of the posts published in each hour of each weekday. The number is how many posts; grey cells have too few to trust.</source>
        <translation>بر پایهٔ پست‌های خودتان: میانگین نرخ تعامل پست‌هایی که در هر ساعتِ هر روز هفته منتشر شده‌اند. عدد، تعداد پست‌هاست؛ خانه‌های خاکستری پست کافی ندارند.</translation>
    </message>
    <message>
        <source>Suggested: %1</source>
        <translation type="vanished">پیشنهاد: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="228"/>
        <source>Not enough posts yet for a suggestion.</source>
        <translation>هنوز پست کافی برای پیشنهاد نیست.</translation>
    </message>
    <message>
        <source>%1 posts of the last %2 days; grey: fewer than %3 posts</source>
        <translation type="vanished">%1 پست در %2 روز گذشته؛ خاکستری: کمتر از %3 پست</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="243"/>
        <source>Rubric performance</source>
        <translation>عملکرد دسته‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="245"/>
        <source>Blue: the rubric&apos;s share of the period&apos;s posts. Grey: its share in your plan. The engagement rate is the mean over the rubric&apos;s posts.</source>
        <translation>آبی: سهم دسته از پست‌های دوره. خاکستری: سهم آن در برنامهٔ شما. نرخ تعامل میانگین پست‌های آن دسته است.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="254"/>
        <source>Blue: share of posts · grey: share in the plan</source>
        <translation>آبی: سهم پست‌ها · خاکستری: سهم در برنامه</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="70"/>
        <source>Line</source>
        <translation>سطر</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="71"/>
        <source>What happens</source>
        <translation>چه می‌شود</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="72"/>
        <source>Figures or problem</source>
        <translation>آمار یا مشکل</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="52"/>
        <source>new post, imported</source>
        <translation>پست جدید، درون‌ریزی شد</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="52"/>
        <source>imported</source>
        <translation>درون‌ریزی شد</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="53"/>
        <source>already imported</source>
        <translation>از قبل درون‌ریزی شده</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="54"/>
        <source>skipped</source>
        <translation>رد شد</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="87"/>
        <location filename="../../ui/dashboard/page.py" line="181"/>
        <source>Import a stats file</source>
        <translation>درون‌ریزی فایل آمار</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="95"/>
        <source>Download the stats file from the platform (for Instagram and Facebook: Meta Business Suite › Insights › Content › Export; for X: Analytics › Export data; for VK: Statistics › Export), then choose it here. Nothing is stored until you press Import.</source>
        <translation>فایل آمار را از پلتفرم دانلود کنید (برای Instagram و Facebook: ⁦Meta Business Suite › Insights › Content › Export⁩؛ برای X: ⁦Analytics › Export data⁩؛ برای VK: ⁦Statistics › Export⁩)، سپس اینجا انتخابش کنید. تا «درون‌ریزی» را نزنید چیزی ذخیره نمی‌شود.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="106"/>
        <source>The .csv file</source>
        <translation>فایل ⁦.csv⁩</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="107"/>
        <source>Choose…</source>
        <translation>انتخاب…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="111"/>
        <source>File</source>
        <translation>فایل</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="115"/>
        <source>Kind of file</source>
        <translation>نوع فایل</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="117"/>
        <source>The only account of that platform</source>
        <translation>تنها حساب آن پلتفرم</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="137"/>
        <source>Import</source>
        <translation>درون‌ریزی</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="149"/>
        <source>Choose the stats file</source>
        <translation>فایل آمار را انتخاب کنید</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="149"/>
        <source>CSV files (*.csv *.txt)</source>
        <translation>فایل‌های CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="163"/>
        <source>Stopping…</source>
        <translation>در حال توقف…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="217"/>
        <source>Reading the file…</source>
        <translation>در حال خواندن فایل…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="251"/>
        <source>For %1: %2, %3 already imported, %4 with a problem (they are skipped).</source>
        <translation>برای %1: %2، %3 از قبل درون‌ریزی‌شده، %4 دارای مشکل (رد می‌شوند).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/import_dialog.py" line="253"/>
        <source>%n rows to import</source>
        <translation>
            <numerusform>%n ردیف برای درون‌ریزی</numerusform>
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
            <numerusform>%n آمار درون‌ریزی شد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/import_dialog.py" line="279"/>
        <source>%n posts were new to SMM Desk.</source>
        <translation>
            <numerusform>%n پست برای SMM Desk تازه بود.</numerusform>
        </translation>
    </message>
    <message>
        <source>For %1: %2 rows to import, %3 already imported, %4 with a problem (they are skipped).</source>
        <translation type="vanished">برای %1: %2 ردیف برای درون‌ریزی، %3 از قبل درون‌ریزی‌شده، %4 دارای مشکل (رد می‌شوند).</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="265"/>
        <source>Importing…</source>
        <translation>در حال درون‌ریزی…</translation>
    </message>
    <message>
        <source>Imported %1 figures; %2 posts were new to SMM Desk.</source>
        <translation type="vanished">%1 آمار درون‌ریزی شد؛ %2 پست برای SMM Desk تازه بود.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="123"/>
        <source>Dashboard</source>
        <translation>داشبورد</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="128"/>
        <source>Show one account or all of them together</source>
        <translation>نمایش یک حساب یا همه با هم</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="133"/>
        <source>Add figures</source>
        <translation>افزودن آمار</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="137"/>
        <source>Import a stats file, or enter figures by hand</source>
        <translation>درون‌ریزی فایل آمار یا ورود دستی آمار</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="139"/>
        <source>Import a stats file…</source>
        <translation>درون‌ریزی فایل آمار…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="141"/>
        <source>Enter a post&apos;s figures…</source>
        <translation>ورود آمار یک پست…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="143"/>
        <source>Add ad spend…</source>
        <translation>افزودن هزینهٔ تبلیغ…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="144"/>
        <source>Ad spend entries…</source>
        <translation>هزینه‌های تبلیغ…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="146"/>
        <source>Report…</source>
        <translation>گزارش…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="148"/>
        <source>Save this period as a PDF report, with its numbers as CSV beside it</source>
        <translation>ذخیرهٔ این دوره به‌صورت گزارش PDF، همراه با اعدادش در فایل CSV</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="150"/>
        <source>Refresh</source>
        <translation>تازه‌سازی</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="151"/>
        <source>Fetch the latest figures from the platforms</source>
        <translation>دریافت تازه‌ترین آمار از پلتفرم‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="163"/>
        <source>Open</source>
        <translation>باز کردن</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="165"/>
        <source>Open the saved report</source>
        <translation>باز کردن گزارش ذخیره‌شده</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="176"/>
        <source>See what works</source>
        <translation>ببینید چه جواب می‌دهد</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="178"/>
        <source>Your followers, reach and best posts appear here once there are figures: connect an account, or import the stats file a platform lets you download.</source>
        <translation>دنبال‌کنندگان، دسترسی و بهترین پست‌ها وقتی آماری باشد اینجا نمایش داده می‌شوند: حسابی وصل کنید یا فایل آماری را که پلتفرم برای دانلود می‌دهد درون‌ریزی کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="192"/>
        <source>Best post</source>
        <translation>بهترین پست</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="212"/>
        <location filename="../../ui/report/monthly.py" line="300"/>
        <source>Top posts</source>
        <translation>پست‌های برتر</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="213"/>
        <location filename="../../ui/report/monthly.py" line="304"/>
        <source>Posts that worked least</source>
        <translation>کم‌اثرترین پست‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="264"/>
        <location filename="../../ui/report/monthly.py" line="150"/>
        <source>All accounts</source>
        <translation>همهٔ حساب‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="290"/>
        <source>Loading…</source>
        <translation>در حال بارگیری…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="305"/>
        <source>The figures could not be loaded: %1</source>
        <translation>آمار بارگیری نشد: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="335"/>
        <source>%1 new</source>
        <translation>%1 جدید</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="348"/>
        <location filename="../../ui/dashboard/page.py" line="356"/>
        <source>The post with the highest engagement rate by reach in the period.</source>
        <translation>پستی با بالاترین نرخ تعامل بر پایهٔ دسترسی در این دوره.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="369"/>
        <source>%1, compared with %2</source>
        <translation>⁨%1⁩، در مقایسه با ⁨%2⁩</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="411"/>
        <source>Save the report</source>
        <translation>ذخیرهٔ گزارش</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="411"/>
        <source>PDF files (*.pdf)</source>
        <translation>فایل‌های PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="443"/>
        <source>Report saved: %1</source>
        <translation>گزارش ذخیره شد: %1</translation>
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
        <translation>آمار هیچ‌یک از حساب‌های شما مستقیم خواندنی نیست: فایل آمارشان را درون‌ریزی کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_bar.py" line="116"/>
        <source>Stopped; the figures fetched so far are kept.</source>
        <translation>متوقف شد؛ آمار دریافت‌شده تا اینجا حفظ می‌شود.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_bar.py" line="151"/>
        <source>Stop</source>
        <extracomment>the last refresh&apos;s English lines behind its notice (``report_details``)</extracomment>
        <translation>توقف</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_bar.py" line="153"/>
        <source>Stop fetching after the account being read now; what arrived is kept</source>
        <translation>توقف دریافت پس از حساب فعلی؛ آنچه رسیده حفظ می‌شود</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_bar.py" line="177"/>
        <source>The demo workspace shows made-up figures; it never fetches from the platforms.</source>
        <translation>فضای کار نمایشی آمار ساختگی نشان می‌دهد و هرگز از پلتفرم‌ها دریافت نمی‌کند.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_bar.py" line="189"/>
        <source>Stopping after the account being read now…</source>
        <translation>توقف پس از حساب فعلی…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_bar.py" line="196"/>
        <source>Fetching the latest figures…</source>
        <translation>در حال دریافت تازه‌ترین آمار…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_bar.py" line="203"/>
        <source>Fetching the figures of %1 (%2 of %3)…</source>
        <translation>در حال دریافت آمار %1 (%2 از %3)…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_bar.py" line="218"/>
        <source>The figures could not be fetched: %1</source>
        <translation>آمار دریافت نشد: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/period_picker.py" line="46"/>
        <source>Last 7 days</source>
        <translation>۷ روز گذشته</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/period_picker.py" line="47"/>
        <source>Last 30 days</source>
        <translation>۳۰ روز گذشته</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/period_picker.py" line="48"/>
        <source>Last 90 days</source>
        <translation>۹۰ روز گذشته</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/period_picker.py" line="49"/>
        <source>This month</source>
        <translation>این ماه</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/period_picker.py" line="50"/>
        <source>Last month</source>
        <translation>ماه گذشته</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/period_picker.py" line="51"/>
        <source>Custom…</source>
        <translation>دلخواه…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/period_picker.py" line="57"/>
        <source>Every figure is compared with the period just before.</source>
        <translation>هر عدد با دورهٔ درست پیش از آن مقایسه می‌شود.</translation>
    </message>
    <message>
        <source>SMM Desk report</source>
        <translation type="vanished">گزارش SMM Desk</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation type="vanished">گزارش ماهانه</translation>
    </message>
    <message>
        <source>%1 · compared with %2</source>
        <translation type="vanished">⁨%1⁩ · در مقایسه با ⁨%2⁩</translation>
    </message>
    <message>
        <location filename="../../ui/report/monthly.py" line="152"/>
        <source>%1 · %2, compared with %3</source>
        <translation>%1 · ⁨%2⁩، در مقایسه با ⁨%3⁩</translation>
    </message>
    <message>
        <location filename="../../ui/report/monthly.py" line="178"/>
        <source>This period</source>
        <translation>این دوره</translation>
    </message>
    <message>
        <location filename="../../ui/report/monthly.py" line="178"/>
        <source>Previous</source>
        <translation>دورهٔ قبل</translation>
    </message>
    <message>
        <location filename="../../ui/report/monthly.py" line="178"/>
        <source>Change</source>
        <translation>تغییر</translation>
    </message>
    <message>
        <location filename="../../ui/report/monthly.py" line="285"/>
        <source>Best time to post (%1; grey: fewer than %2 posts, too few to trust)</source>
        <translation>بهترین زمان انتشار (%1؛ خاکستری: کمتر از %2 پست، برای اطمینان کم است)</translation>
    </message>
    <message>
        <location filename="../../ui/report/monthly.py" line="314"/>
        <source>By platform</source>
        <translation>بر اساس پلتفرم</translation>
    </message>
    <message>
        <location filename="../../ui/report/monthly.py" line="334"/>
        <source>%1 · reach %2 · interactions %3 · engagement rate %4</source>
        <translation>%1 · دسترسی %2 · تعامل‌ها %3 · نرخ تعامل ⁨%4⁩</translation>
    </message>
    <message>
        <location filename="../../ui/report/monthly.py" line="366"/>
        <source>%1 · engagement rate %2 · reach %3</source>
        <translation>⁨%1⁩ · نرخ تعامل ⁨%2⁩ · دسترسی %3</translation>
    </message>
    <message>
        <source>Best time to post (%1 posts; grey: fewer than %2 posts, too few to trust)</source>
        <translation type="vanished">بهترین زمان انتشار (%1 پست؛ خاکستری: کمتر از %2 پست، برای اطمینان کم است)</translation>
    </message>
    <message>
        <location filename="../../ui/report/monthly.py" line="296"/>
        <source>Rubric mix: share of posts against the plan, and engagement</source>
        <translation>ترکیب دسته‌ها: سهم پست‌ها در برابر برنامه، و تعامل</translation>
    </message>
    <message>
        <location filename="../../ui/report/painting.py" line="298"/>
        <source>Fewer interactions</source>
        <translation>تعامل کمتر</translation>
    </message>
    <message>
        <location filename="../../ui/report/painting.py" line="302"/>
        <source>more</source>
        <translation>بیشتر</translation>
    </message>
    <message>
        <location filename="../../ui/report/painting.py" line="306"/>
        <source>too few posts to trust</source>
        <translation>پست‌ها برای اطمینان کم است</translation>
    </message>
    <message>
        <location filename="../../ui/report/painting.py" line="313"/>
        <source>suggested</source>
        <translation>پیشنهادی</translation>
    </message>
    <message>
        <location filename="../../ui/report/painting.py" line="341"/>
        <source>%1 of posts (plan %2) · ER %3</source>
        <translation>سهم %1 (برنامه %2) · ER %3</translation>
    </message>
</context>
<context>
    <name>StatusBarNotifier</name>
    <message numerus="yes">
        <location filename="../../ui/publishing/notifier.py" line="175"/>
        <source>(+%n more)</source>
        <translation>
            <numerusform>(+%n مورد دیگر)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="333"/>
        <source>Step %1 of %2: %3</source>
        <translation>گام %1 از %2: %3</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="353"/>
        <source>Copy</source>
        <translation>کپی</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="354"/>
        <source>Copy %1</source>
        <translation>کپی %1</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/meta_wizard.py" line="375"/>
        <source>Copied: %1</source>
        <translation>کپی شد: %1</translation>
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
        <translation>باز کردن SMM Desk</translation>
    </message>
</context>
<context>
    <name>VersionTab</name>
    <message>
        <location filename="../../ui/composer/version_tab.py" line="58"/>
        <source>Campaign name, e.g. spring sale</source>
        <translation>نام کمپین، مثلاً حراج بهاره</translation>
    </message>
    <message>
        <location filename="../../ui/composer/version_tab.py" line="59"/>
        <source>Add tracking to links</source>
        <translation>افزودن ردیابی به پیوندها</translation>
    </message>
    <message>
        <location filename="../../ui/composer/version_tab.py" line="63"/>
        <source>Adds utm_source=%1, utm_medium=social and utm_campaign to every link in this version, so your website statistics show where visitors came from.</source>
        <translation>به هر پیوند این نسخه utm_source=%1، utm_medium=social و utm_campaign را می‌افزاید تا آمار وب‌سایت شما نشان دهد بازدیدکنندگان از کجا آمده‌اند.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/version_tab.py" line="130"/>
        <source>Own version for %1.</source>
        <translation>نسخهٔ ویژهٔ %1.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/version_tab.py" line="135"/>
        <source>Follows the main text. Change it here to adapt it for %1.</source>
        <translation>از متن اصلی پیروی می‌کند. برای تطبیق با %1 آن را اینجا تغییر دهید.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/version_tab.py" line="75"/>
        <source>Different time for this account</source>
        <translation>زمان دیگر برای این حساب</translation>
    </message>
    <message>
        <location filename="../../ui/composer/version_tab.py" line="131"/>
        <source>Use the main text again</source>
        <translation>بازگشت به متن اصلی</translation>
    </message>
    <message>
        <location filename="../../ui/composer/version_tab.py" line="137"/>
        <source>Write a separate version</source>
        <translation>نوشتن نسخهٔ جداگانه</translation>
    </message>
</context>
<context>
    <name>WeekGrid</name>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="215"/>
        <source>Posting times of the week</source>
        <translation>زمان‌های انتشار هفته</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <location filename="../../ui/calendar/welcome.py" line="68"/>
        <source>Welcome to SMM Desk</source>
        <extracomment>Starts a detached process (tests record the command instead of starting a second app).</extracomment>
        <translation>به SMM Desk خوش آمدید</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/welcome.py" line="77"/>
        <source>Plan your posts for every platform in one calendar, and SMM Desk posts them on time or reminds you. Start in one of three ways:</source>
        <translation>پست‌های همهٔ پلتفرم‌ها را در یک تقویم برنامه‌ریزی کنید؛ SMM Desk آن‌ها را سر وقت منتشر می‌کند یا به شما یادآوری می‌کند. از یکی از این سه راه شروع کنید:</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/welcome.py" line="92"/>
        <location filename="../../ui/calendar/welcome.py" line="97"/>
        <source>Connect an account</source>
        <translation>اتصال حساب</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/welcome.py" line="94"/>
        <source>Bluesky, Mastodon and Telegram get your posts at the planned time. For Instagram and the others SMM Desk reminds you, with the text and photos ready.</source>
        <translation>پست‌های Bluesky، Mastodon و Telegram در زمان برنامه‌ریزی‌شده منتشر می‌شوند. برای Instagram و بقیه، SMM Desk با متن و عکس‌های آماده به شما یادآوری می‌کند.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/welcome.py" line="102"/>
        <source>Look around in the demo</source>
        <translation>گشتی در نسخهٔ نمایشی</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/welcome.py" line="105"/>
        <source>A made-up bakery with three accounts, a month of posts and their figures. It opens in a second window and never touches your own plan. Later, start it with: %1</source>
        <translation>یک نانوایی خیالی با سه حساب، یک ماه پست و آمار آن‌ها. در پنجرهٔ دیگری باز می‌شود و هرگز به برنامهٔ شما دست نمی‌زند. بعدها با این فرمان اجرایش کنید: ⁦%1⁩</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/welcome.py" line="111"/>
        <source>Open the demo</source>
        <translation>اجرای نسخهٔ نمایشی</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/welcome.py" line="116"/>
        <source>Import a spreadsheet</source>
        <translation>درون‌ریزی صفحه‌گسترده</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/welcome.py" line="118"/>
        <source>Already plan in Excel or Google Sheets? Save it as CSV (date, accounts, text) and bring the posts in: you see every row before anything is imported.</source>
        <translation>برنامه‌تان را در Excel یا Google Sheets می‌نویسید؟ آن را به‌صورت CSV (تاریخ، حساب‌ها، متن) ذخیره کنید و پست‌ها را بیاورید: پیش از درون‌ریزی، همهٔ ردیف‌ها را می‌بینید.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/welcome.py" line="121"/>
        <source>Import a spreadsheet…</source>
        <translation>درون‌ریزی صفحه‌گسترده…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/welcome.py" line="133"/>
        <source>Or start with an empty plan</source>
        <translation>یا با برنامه‌ای خالی شروع کنید</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/welcome.py" line="201"/>
        <source>The demo is opening in a second window. Close it when you are done; nothing in it reaches your own plan.</source>
        <translation>نسخهٔ نمایشی در پنجرهٔ دیگری باز می‌شود. هر وقت کارتان تمام شد آن را ببندید؛ هیچ چیز از آن به برنامهٔ شما نمی‌رسد.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/welcome.py" line="208"/>
        <source>The demo could not be started from here. Start it with: %1</source>
        <translation>نسخهٔ نمایشی از اینجا اجرا نشد. با این فرمان اجرایش کنید: ⁦%1⁩</translation>
    </message>
</context>
</TS>
