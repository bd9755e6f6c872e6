<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR">
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
        <translation>مشکلی پیش آمد، اما کار شما محفوظ است.</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="74"/>
        <source>SMM Desk keeps running. The details were saved in the log file:
{path}</source>
        <translation>SMM Desk همچنان کار می‌کند. جزئیات در فایل گزارش ذخیره شد:
{path}</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about.py" line="85"/>
        <source>About SMM Desk</source>
        <translation>دربارهٔ SMM Desk</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="95"/>
        <source>SMM Desk</source>
        <translation>SMM Desk</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="101"/>
        <source>Version {version}</source>
        <translation>نسخهٔ {version}</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="105"/>
        <source>Plan, write, publish and measure your social media posts.</source>
        <translation>پست‌های شبکه‌های اجتماعی خود را برنامه‌ریزی کنید، بنویسید، منتشر کنید و نتیجه را بسنجید.</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="113"/>
        <source>Your data folder</source>
        <translation>پوشهٔ داده‌های شما</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="116"/>
        <source>Log files</source>
        <translation>فایل‌های گزارش</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="122"/>
        <source>SMM Desk is built with the open-source components below. Select one to read its license.</source>
        <translation>SMM Desk با اجزای متن‌باز زیر ساخته شده است. برای خواندن مجوز هر کدام، آن را انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="149"/>
        <source>Select a component to read its license.</source>
        <translation>برای خواندن مجوز، یک جزء را انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="159"/>
        <source>Copy details</source>
        <translation>کپی جزئیات</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="162"/>
        <source>Copy the version and folders, to paste into a message to support.</source>
        <translation>نسخه و پوشه‌ها را کپی کنید تا در پیام به پشتیبانی بچسبانید.</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="178"/>
        <source>Open folder</source>
        <translation>باز کردن پوشه</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="194"/>
        <source>no file manager answered</source>
        <translation>هیچ مدیر فایلی پاسخ نداد</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="200"/>
        <source>Could not open the folder</source>
        <translation>پوشه باز نشد</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="202"/>
        <source>SMM Desk could not open the folder ({reason}). You can find it here:
{folder}</source>
        <translation>SMM Desk نتوانست پوشه را باز کند ({reason}). پوشه اینجاست:
{folder}</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="231"/>
        <source>No license text ships with this component; its license is {name}.</source>
        <translation>متن مجوز همراه این جزء نیست؛ مجوز آن {name} است.</translation>
    </message>
</context>
<context>
    <name>AccountChips</name>
    <message>
        <location filename="../../ui/composer/widgets.py" line="172"/>
        <source>Needs reconnecting (Accounts screen)</source>
        <translation>نیاز به اتصال دوباره (صفحهٔ حساب‌ها)</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <location filename="../../ui/accounts/model.py" line="28"/>
        <source>Platform</source>
        <translation>پلتفرم</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="29"/>
        <source>Account</source>
        <translation>حساب</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="30"/>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="31"/>
        <source>Last checked</source>
        <translation>آخرین بررسی</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="64"/>
        <source>Needs reconnecting</source>
        <translation>نیاز به اتصال دوباره</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="66"/>
        <source>Disconnected</source>
        <translation>قطع‌شده</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="68"/>
        <source>Reminders (you post)</source>
        <translation>یادآوری (انتشار با شما)</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/model.py" line="69"/>
        <source>Connected</source>
        <translation>متصل</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <location filename="../../ui/accounts/page.py" line="52"/>
        <source>Accounts</source>
        <translation>حساب‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="59"/>
        <location filename="../../ui/accounts/page.py" line="67"/>
        <location filename="../../ui/accounts/page.py" line="72"/>
        <source>Connect an account</source>
        <translation>اتصال حساب</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="69"/>
        <source>Connect Bluesky, Mastodon or Telegram and SMM Desk posts for you at the planned time. Add Instagram and the others to get a reminder with everything ready.</source>
        <translation>Bluesky، Mastodon یا Telegram را وصل کنید تا SMM Desk در زمان برنامه‌ریزی‌شده به‌جای شما پست بگذارد. Instagram و بقیه را اضافه کنید تا یادآوری با همه‌چیزِ آماده دریافت کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="98"/>
        <source>Test connection</source>
        <translation>آزمایش اتصال</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="100"/>
        <source>Reconnect…</source>
        <translation>اتصال دوباره…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="102"/>
        <location filename="../../ui/accounts/page.py" line="167"/>
        <location filename="../../ui/accounts/page.py" line="254"/>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="183"/>
        <source>Something went wrong ({name}). Try again; details are in the log.</source>
        <translation>مشکلی پیش آمد ({name}). دوباره امتحان کنید؛ جزئیات در گزارش است.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="205"/>
        <source>{handle} added. SMM Desk will remind you when its posts are due.</source>
        <translation>{handle} اضافه شد. SMM Desk هنگام رسیدن زمان پست‌هایش به شما یادآوری می‌کند.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="210"/>
        <source>{handle} is connected and works.</source>
        <translation>{handle} متصل است و کار می‌کند.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="222"/>
        <source>Testing {handle}…</source>
        <translation>در حال آزمایش {handle}…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="228"/>
        <source>{handle} works.</source>
        <translation>{handle} کار می‌کند.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="245"/>
        <source>Yes, remove</source>
        <translation>بله، حذف شود</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/page.py" line="248"/>
        <source>Remove {handle}? Its saved login is deleted; posts already sent stay in your plan. Click &quot;Yes, remove&quot; to go ahead.</source>
        <translation>{handle} حذف شود؟ اطلاعات ورود ذخیره‌شدهٔ آن پاک می‌شود؛ پست‌های ارسال‌شده در برنامهٔ شما می‌مانند. برای ادامه روی «بله، حذف شود» کلیک کنید.</translation>
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
    <name>ComponentsModel</name>
    <message>
        <location filename="../../ui/about.py" line="48"/>
        <source>Component</source>
        <translation>جزء</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="48"/>
        <source>Version</source>
        <translation>نسخه</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="48"/>
        <source>License</source>
        <translation>مجوز</translation>
    </message>
</context>
<context>
    <name>ComposePage</name>
    <message>
        <location filename="../../ui/composer/page.py" line="109"/>
        <source>Post to:</source>
        <translation>انتشار در:</translation>
    </message>
    <message>
        <location filename="../../ui/composer/page.py" line="113"/>
        <source>New post</source>
        <translation>پست جدید</translation>
    </message>
    <message>
        <location filename="../../ui/composer/page.py" line="118"/>
        <source>No accounts yet: add one on the Accounts screen. You can already write.</source>
        <translation>هنوز حسابی ندارید: در صفحهٔ حساب‌ها یکی اضافه کنید. از همین حالا می‌توانید بنویسید.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/page.py" line="134"/>
        <source>Write your post here. Each account can get its own version in its tab.</source>
        <translation>پست خود را اینجا بنویسید. هر حساب می‌تواند در زبانهٔ خودش نسخهٔ جداگانه داشته باشد.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/page.py" line="228"/>
        <source>Something went wrong: %1. Your text is still here.</source>
        <translation>مشکلی پیش آمد: %1. متن شما هنوز اینجاست.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/page.py" line="147"/>
        <source>Main text</source>
        <translation>متن اصلی</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="94"/>
        <source>Reconnect account</source>
        <extracomment>Opens a web address in the browser (tests record it instead).</extracomment>
        <translation>اتصال دوبارهٔ حساب</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="94"/>
        <source>Connect an account</source>
        <translation>اتصال حساب</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="105"/>
        <source>Platform</source>
        <translation>پلتفرم</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="106"/>
        <location filename="../../ui/accounts/connect_dialog.py" line="214"/>
        <source>Server address</source>
        <translation>نشانی سرور</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="119"/>
        <source>How</source>
        <translation>روش</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="123"/>
        <source>Sign in through the browser (easiest)</source>
        <translation>ورود از راه مرورگر (ساده‌ترین)</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="124"/>
        <source>Paste an access token</source>
        <translation>چسباندن توکن دسترسی</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="133"/>
        <source>Open the sign-in page</source>
        <translation>باز کردن صفحهٔ ورود</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="144"/>
        <source>Code</source>
        <translation>کد</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="146"/>
        <source>Paste the code your server shows</source>
        <translation>کدی را که سرور نشان می‌دهد بچسبانید</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="164"/>
        <location filename="../../ui/accounts/connect_dialog.py" line="327"/>
        <source>Reconnect</source>
        <translation>اتصال دوباره</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="164"/>
        <location filename="../../ui/accounts/connect_dialog.py" line="327"/>
        <source>Connect</source>
        <translation>اتصال</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="204"/>
        <source>(filled in from your server)</source>
        <translation>(از سرور شما پر می‌شود)</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="212"/>
        <source>Server (leave empty for bsky.social)</source>
        <translation>سرور (برای bsky.social خالی بگذارید)</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="240"/>
        <source>Enter your server&apos;s address first, e.g. mastodon.social</source>
        <translation>ابتدا نشانی سرور خود را وارد کنید، مثلاً mastodon.social</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="249"/>
        <source>Open the sign-in page again</source>
        <translation>باز کردن دوبارهٔ صفحهٔ ورود</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="252"/>
        <source>If the browser did not open, &lt;a href=&quot;{url}&quot;&gt;click here&lt;/a&gt;.</source>
        <translation>اگر مرورگر باز نشد، &lt;a href=&quot;{url}&quot;&gt;اینجا کلیک کنید&lt;/a&gt;.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="273"/>
        <location filename="../../ui/accounts/connect_dialog.py" line="305"/>
        <source>Checking…</source>
        <translation>در حال بررسی…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="298"/>
        <source>Click &quot;Open the sign-in page&quot; first.</source>
        <translation>ابتدا روی «باز کردن صفحهٔ ورود» کلیک کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="301"/>
        <source>Paste the code your server showed after you allowed it.</source>
        <translation>کدی را که سرور پس از اجازهٔ شما نشان داد بچسبانید.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/connect_dialog.py" line="332"/>
        <source>Connecting failed unexpectedly ({name}). Try again.</source>
        <translation>اتصال به‌طور غیرمنتظره ناموفق بود ({name}). دوباره امتحان کنید.</translation>
    </message>
</context>
<context>
    <name>CounterBar</name>
    <message>
        <location filename="../../ui/composer/widgets.py" line="218"/>
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
        <location filename="../../ui/calendar/delegate.py" line="194"/>
        <location filename="../../ui/calendar/delegate.py" line="199"/>
        <source>nothing planned</source>
        <translation>برنامه‌ای نیست</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar/delegate.py" line="215"/>
        <source>+%n more</source>
        <translation>
            <numerusform>+%n مورد دیگر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar/delegate.py" line="217"/>
        <source>%n post(s)</source>
        <translation>
            <numerusform>%n پست</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <location filename="../../ui/calendar/details.py" line="43"/>
        <source>No post selected</source>
        <translation>پستی انتخاب نشده</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/details.py" line="46"/>
        <source>Click a post to see it here. Drag it to another day to move it; hold Ctrl while dropping to copy it.</source>
        <translation>روی یک پست کلیک کنید تا اینجا ببینید. برای جابه‌جایی آن را به روز دیگری بکشید؛ برای کپی، هنگام رها کردن Ctrl را نگه دارید.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/details.py" line="67"/>
        <source>No rubric</source>
        <translation>بدون دسته</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="268"/>
        <location filename="../../ui/calendar/import_dialog.py" line="305"/>
        <source>Export the plan</source>
        <translation>برون‌بری برنامه</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="276"/>
        <source>Spreadsheet (CSV)</source>
        <translation>صفحه‌گسترده (CSV)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="277"/>
        <source>Calendar file (.ics)</source>
        <translation>فایل تقویم (⁦.ics⁩)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="278"/>
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="279"/>
        <source>To</source>
        <translation>تا</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="280"/>
        <source>Format</source>
        <translation>قالب</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="283"/>
        <source>Both days are included. A CSV opens in a spreadsheet and can be imported again; an .ics file opens in Google Calendar, Apple Calendar, Outlook or Thunderbird.</source>
        <translation>هر دو روز شامل می‌شوند. فایل CSV در صفحه‌گسترده باز می‌شود و دوباره قابل درون‌ریزی است؛ فایل ⁦.ics⁩ در Google Calendar، Apple Calendar، Outlook یا Thunderbird باز می‌شود.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="293"/>
        <source>Save as…</source>
        <translation>ذخیره با نام…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="322"/>
        <source>Could not save %1: %2</source>
        <translation>%1 ذخیره نشد: %2</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="325"/>
        <source>Saved %1 posts to %2.</source>
        <translation>%1 پست در %2 ذخیره شد.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="155"/>
        <source>All states</source>
        <translation>همهٔ وضعیت‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="157"/>
        <source>Scheduled</source>
        <translation>زمان‌بندی‌شده</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="158"/>
        <source>Drafts</source>
        <translation>پیش‌نویس‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="159"/>
        <source>Published</source>
        <translation>منتشرشده</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="160"/>
        <source>Failed</source>
        <translation>ناموفق</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="161"/>
        <source>Needs attention</source>
        <translation>نیاز به بررسی</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="167"/>
        <source>Search posts (Ctrl+F)</source>
        <translation>جستجوی پست‌ها (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="193"/>
        <source>All accounts</source>
        <translation>همهٔ حساب‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="197"/>
        <source>All platforms</source>
        <translation>همهٔ پلتفرم‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="202"/>
        <source>All rubrics</source>
        <translation>همهٔ دسته‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="205"/>
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
        <location filename="../../ui/publishing/publisher.py" line="128"/>
        <source>SMM Desk: %n post(s) waiting to be published</source>
        <translation>
            <numerusform>SMM Desk: %n پست در انتظار انتشار</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/publishing/publisher.py" line="134"/>
        <source>Publishing paused: %1</source>
        <translation>انتشار متوقف شد: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/publishing/publisher.py" line="147"/>
        <source>%n post(s) published</source>
        <translation>
            <numerusform>%n پست منتشر شد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/publishing/publisher.py" line="149"/>
        <source>%n will be retried</source>
        <translation>
            <numerusform>%n مورد دوباره امتحان می‌شود</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/publishing/publisher.py" line="151"/>
        <source>%n failed — see why in the plan</source>
        <translation>
            <numerusform>%n مورد ناموفق — علت را در برنامه ببینید</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/publishing/publisher.py" line="153"/>
        <source>%n need(s) checking</source>
        <translation>
            <numerusform>%n مورد نیاز به بررسی دارد</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/publishing/publisher.py" line="223"/>
        <source>Time to post on %1</source>
        <translation>زمان انتشار در %1</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/publisher.py" line="226"/>
        <source>The text is copied and the photos are in a folder. Click here to see the post for %1.</source>
        <translation>متن کپی شد و عکس‌ها در یک پوشه‌اند. برای دیدن پست %1 اینجا کلیک کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/publisher.py" line="236"/>
        <source>A post to %1 failed</source>
        <translation>انتشار پست در %1 ناموفق بود</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/publisher.py" line="243"/>
        <source>Check a post on %1</source>
        <translation>پستی را در %1 بررسی کنید</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/publisher.py" line="246"/>
        <source>SMM Desk cannot tell whether the post to %1 went out. Click here to check it.</source>
        <translation>SMM Desk نمی‌داند پست در %1 منتشر شده است یا نه. برای بررسی اینجا کلیک کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/publisher.py" line="270"/>
        <source>Reconnect %1 on %2</source>
        <translation>%1 را در %2 دوباره وصل کنید</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/publisher.py" line="237"/>
        <source>Click here to see why.</source>
        <translation>برای دیدن علت اینجا کلیک کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/publisher.py" line="272"/>
        <source>Its posts wait until you sign in again. Click here to reconnect.</source>
        <translation>پست‌هایش تا ورود دوبارهٔ شما منتظر می‌مانند. برای اتصال دوباره اینجا کلیک کنید.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="111"/>
        <source>Import posts from a spreadsheet</source>
        <translation>درون‌ریزی پست‌ها از صفحه‌گسترده</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="118"/>
        <source>A CSV file with the columns scheduled_at, accounts, text, media and rubric. Nothing is imported until every row is fine.</source>
        <translation>فایل CSV با ستون‌های scheduled_at، accounts، text، media و rubric. تا همهٔ ردیف‌ها درست نباشند، چیزی درون‌ریزی نمی‌شود.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="127"/>
        <source>No file chosen</source>
        <translation>فایلی انتخاب نشده</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="128"/>
        <source>Choose file…</source>
        <translation>انتخاب فایل…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="130"/>
        <source>Check again</source>
        <translation>بررسی دوباره</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="132"/>
        <source>Read the file again after you fixed and saved it in your spreadsheet</source>
        <translation>پس از اصلاح و ذخیرهٔ فایل در صفحه‌گسترده، آن را دوباره بخوانید</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="141"/>
        <source>Rows without a date go into the queue (otherwise they become ideas)</source>
        <translation>ردیف‌های بی‌تاریخ به صف بروند (وگرنه ایده می‌شوند)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="144"/>
        <source>Show only the rows with a problem</source>
        <translation>فقط ردیف‌های دارای مشکل</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="166"/>
        <source>Import</source>
        <translation>درون‌ریزی</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="178"/>
        <source>Choose a CSV file</source>
        <translation>یک فایل CSV انتخاب کنید</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="178"/>
        <source>CSV files (*.csv)</source>
        <translation>فایل‌های CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="220"/>
        <source>%1 of %2 rows have a problem (in red). Fix them in your spreadsheet, save, and press Check again. Nothing has been imported.</source>
        <translation>%1 ردیف از %2 ردیف مشکل دارد (قرمز). آن‌ها را در صفحه‌گسترده اصلاح و ذخیره کنید و «بررسی دوباره» را بزنید. چیزی درون‌ریزی نشده است.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="228"/>
        <source>%1 rows are ready to import.</source>
        <translation>%1 ردیف آمادهٔ درون‌ریزی است.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="231"/>
        <source>The file has no rows to import.</source>
        <translation>فایل ردیفی برای درون‌ریزی ندارد.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="63"/>
        <source>Plan</source>
        <translation>برنامه</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="64"/>
        <source>Compose</source>
        <translation>نوشتن</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="65"/>
        <source>Dashboard</source>
        <translation>داشبورد</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="66"/>
        <source>Media</source>
        <translation>رسانه</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="67"/>
        <source>Accounts</source>
        <translation>حساب‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="68"/>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="142"/>
        <source>SMM Desk</source>
        <translation>SMM Desk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="159"/>
        <source>Opening your workspace…</source>
        <translation>در حال باز کردن فضای کار…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="165"/>
        <source>Opening…</source>
        <translation>در حال باز کردن…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="199"/>
        <source>SMM Desk — demo workspace</source>
        <translation>SMM Desk — فضای کار نمایشی</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="216"/>
        <source>Workspace not open</source>
        <translation>فضای کار باز نیست</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="283"/>
        <source>No accounts connected yet</source>
        <translation>هنوز هیچ حسابی وصل نشده است</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="285"/>
        <source>No posts scheduled today</source>
        <translation>امروز پستی زمان‌بندی نشده است</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="287"/>
        <source>%n post(s) scheduled today</source>
        <translation>
            <numerusform>%n پست برای امروز زمان‌بندی شده</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="289"/>
        <source>next at {time}</source>
        <translation>بعدی در {time}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="291"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n ناموفق</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="293"/>
        <source>%n need(s) you</source>
        <translation>
            <numerusform>%n مورد منتظر شما</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="311"/>
        <source>Network status unknown</source>
        <translation>وضعیت شبکه نامعلوم</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="307"/>
        <source>Online</source>
        <translation>آنلاین</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="309"/>
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
        <location filename="../../ui/media/intake.py" line="109"/>
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
        <location filename="../../ui/media/details.py" line="66"/>
        <source>Click the most important spot of the photo: every crop keeps it.</source>
        <translation>روی مهم‌ترین نقطهٔ عکس کلیک کنید: هر برشی آن را نگه می‌دارد.</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="75"/>
        <source>Description for people who cannot see the photo (alt text)</source>
        <translation>توضیح برای کسانی که عکس را نمی‌بینند (متن جایگزین)</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="79"/>
        <source>For example: Three golden croissants on a wooden board</source>
        <translation>مثلاً: سه کروسان طلایی روی تختهٔ چوبی</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="82"/>
        <source>Used in</source>
        <translation>استفاده‌شده در</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="89"/>
        <location filename="../../ui/media/page.py" line="295"/>
        <source>Delete photo</source>
        <translation>حذف عکس</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="93"/>
        <source>What each platform will show</source>
        <translation>آنچه هر پلتفرم نشان می‌دهد</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="146"/>
        <source>Not used in any post yet</source>
        <translation>هنوز در هیچ پستی استفاده نشده</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="149"/>
        <source>scheduled</source>
        <translation>زمان‌بندی‌شده</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="151"/>
        <source>no account yet</source>
        <translation>هنوز بدون حساب</translation>
    </message>
    <message>
        <location filename="../../ui/media/details.py" line="152"/>
        <source>Untitled post</source>
        <translation>پست بی‌عنوان</translation>
    </message>
    <message>
        <location filename="../../ui/media/page.py" line="220"/>
        <source>Import photos</source>
        <translation>درون‌ریزی عکس‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/media/page.py" line="220"/>
        <source>Photos</source>
        <translation>عکس‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/media/intake.py" line="159"/>
        <source>Importing %1 of %2…</source>
        <translation>در حال درون‌ریزی %1 از %2…</translation>
    </message>
    <message>
        <location filename="../../ui/media/page.py" line="244"/>
        <source>Import stopped.</source>
        <translation>درون‌ریزی متوقف شد.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/media/page.py" line="246"/>
        <source>%n photo(s) added.</source>
        <translation>
            <numerusform>%n عکس اضافه شد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/media/page.py" line="248"/>
        <source>%n photo(s) were already in the library.</source>
        <translation>
            <numerusform>%n عکس از قبل در کتابخانه بود.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/media/intake.py" line="135"/>
        <source>Pasted photo</source>
        <translation>عکس چسبانده‌شده</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/media/page.py" line="288"/>
        <source>This photo is in %n scheduled post(s):</source>
        <translation>
            <numerusform>این عکس در %n پست زمان‌بندی‌شده است:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/media/page.py" line="290"/>
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
        <location filename="../../ui/media/previews.py" line="40"/>
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
        <location filename="../../ui/composer/media_strip.py" line="179"/>
        <source>⚠ no description</source>
        <translation>⚠ بدون توضیح</translation>
    </message>
    <message>
        <location filename="../../ui/composer/media_strip.py" line="182"/>
        <source>%1: add a description so people who cannot see it know what it shows</source>
        <translation>%1: توضیحی اضافه کنید تا کسانی که عکس را نمی‌بینند بدانند چه نشان می‌دهد</translation>
    </message>
</context>
<context>
    <name>MissedPostsDialog</name>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="48"/>
        <source>Posts that missed their time</source>
        <translation>پست‌هایی که زمانشان گذشت</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="53"/>
        <source>These posts were due while SMM Desk was closed, so they were not sent. Choose for each: post it now, pick a new time, or skip it.</source>
        <translation>زمان این پست‌ها وقتی SMM Desk بسته بود رسید، پس ارسال نشدند. برای هر کدام انتخاب کنید: همین حالا منتشر شود، زمان تازه‌ای بگیرد یا رد شود.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="61"/>
        <source>Was due</source>
        <translation>موعد</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="61"/>
        <source>Account</source>
        <translation>حساب</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="61"/>
        <source>Post</source>
        <translation>پست</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="73"/>
        <source>Post now</source>
        <translation>انتشار فوری</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="78"/>
        <source>Move to this time</source>
        <translation>انتقال به این زمان</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="80"/>
        <source>Skip</source>
        <translation>رد کردن</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="92"/>
        <source>Decide later</source>
        <translation>بعداً</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="119"/>
        <source>Select one or more posts first.</source>
        <translation>ابتدا یک یا چند پست را انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="141"/>
        <source>They will be sent in a moment.</source>
        <translation>تا لحظاتی دیگر ارسال می‌شوند.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="149"/>
        <source>Moved to the new time.</source>
        <translation>به زمان جدید منتقل شد.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/missed_dialog.py" line="155"/>
        <source>Skipped: they stay in the plan, unsent.</source>
        <translation>رد شد: در برنامه می‌مانند، بدون ارسال.</translation>
    </message>
</context>
<context>
    <name>MixBar</name>
    <message>
        <location filename="../../ui/calendar/mix_bar.py" line="33"/>
        <source>No rubric</source>
        <translation>بدون دسته</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/mix_bar.py" line="39"/>
        <source>%1: %2 (target %3)</source>
        <translation>%1: %2 (هدف %3)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar/mix_bar.py" line="46"/>
        <source>Rubric mix of %n post(s): </source>
        <translation>
            <numerusform>ترکیب دسته‌های %n پست: </numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/calendar/mix_bar.py" line="49"/>
        <source>No posts in this month yet: the mix shows once you plan some.</source>
        <translation>هنوز پستی در این ماه نیست: ترکیب دسته‌ها پس از برنامه‌ریزی نمایش داده می‌شود.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/mix_bar.py" line="102"/>
        <source>%1 target</source>
        <translation>هدف %1</translation>
    </message>
</context>
<context>
    <name>NavigationBar</name>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="53"/>
        <source>Previous (Page Up)</source>
        <translation>قبلی (Page Up)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="56"/>
        <source>Today</source>
        <translation>امروز</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="57"/>
        <source>Go to today (Ctrl+T)</source>
        <translation>رفتن به امروز (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="61"/>
        <source>Next (Page Down)</source>
        <translation>بعدی (Page Down)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="74"/>
        <source>Month</source>
        <translation>ماه</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="74"/>
        <source>Week</source>
        <translation>هفته</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="74"/>
        <source>List</source>
        <translation>فهرست</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="89"/>
        <source>Calendar system</source>
        <translation>گاه‌شماری</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="91"/>
        <source>Gregorian</source>
        <translation>میلادی</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="92"/>
        <source>Persian (Jalali)</source>
        <translation>هجری شمسی</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/toolbar.py" line="93"/>
        <source>Islamic (civil)</source>
        <translation>هجری قمری</translation>
    </message>
</context>
<context>
    <name>OverlayPanel</name>
    <message>
        <location filename="../../ui/media/overlay_panel.py" line="41"/>
        <source>Your logo on the photos you post</source>
        <translation>لوگوی شما روی عکس‌هایی که منتشر می‌کنید</translation>
    </message>
    <message>
        <location filename="../../ui/media/overlay_panel.py" line="46"/>
        <source>Add my logo (the photos in your library stay as they are)</source>
        <translation>لوگوی من اضافه شود (عکس‌های کتابخانه دست نمی‌خورند)</translation>
    </message>
    <message>
        <location filename="../../ui/media/overlay_panel.py" line="50"/>
        <location filename="../../ui/media/overlay_panel.py" line="84"/>
        <source>No logo chosen yet</source>
        <translation>هنوز لوگویی انتخاب نشده</translation>
    </message>
    <message>
        <location filename="../../ui/media/overlay_panel.py" line="51"/>
        <source>Choose logo…</source>
        <translation>انتخاب لوگو…</translation>
    </message>
    <message>
        <location filename="../../ui/media/overlay_panel.py" line="55"/>
        <source>Logo</source>
        <translation>لوگو</translation>
    </message>
    <message>
        <location filename="../../ui/media/overlay_panel.py" line="59"/>
        <source>Corner</source>
        <translation>گوشه</translation>
    </message>
    <message>
        <location filename="../../ui/media/overlay_panel.py" line="62"/>
        <source>Size</source>
        <translation>اندازه</translation>
    </message>
    <message>
        <location filename="../../ui/media/overlay_panel.py" line="65"/>
        <source>Visibility</source>
        <translation>پیدایی</translation>
    </message>
    <message>
        <location filename="../../ui/media/overlay_panel.py" line="84"/>
        <source>Logo chosen</source>
        <translation>لوگو انتخاب شد</translation>
    </message>
    <message>
        <location filename="../../ui/media/overlay_panel.py" line="107"/>
        <source>Choose your logo</source>
        <translation>لوگوی خود را انتخاب کنید</translation>
    </message>
    <message>
        <location filename="../../ui/media/overlay_panel.py" line="109"/>
        <source>Pictures</source>
        <translation>تصاویر</translation>
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
        <location filename="../../ui/calendar/actions_bar.py" line="64"/>
        <source>Undo</source>
        <translation>واگرد</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="67"/>
        <source>Redo</source>
        <translation>ازنو</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/actions_bar.py" line="87"/>
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
        <location filename="../../ui/calendar/actions_bar.py" line="203"/>
        <source>Move the selected posts %n day(s) earlier, same time of day (Alt+←)</source>
        <translation>
            <numerusform>پست‌های انتخاب‌شده %n روز زودتر، در همان ساعت (Alt+←)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar/actions_bar.py" line="210"/>
        <source>Move the selected posts %n day(s) later, same time of day (Alt+→)</source>
        <translation>
            <numerusform>پست‌های انتخاب‌شده %n روز دیرتر، در همان ساعت (Alt+→)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar/actions_bar.py" line="215"/>
        <source>Copy the selected posts %n day(s) later (Ctrl+D)</source>
        <translation>
            <numerusform>کپی پست‌های انتخاب‌شده %n روز بعد (Ctrl+D)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanModels</name>
    <message>
        <location filename="../../ui/calendar/models.py" line="60"/>
        <source>Draft</source>
        <translation>پیش‌نویس</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="61"/>
        <source>Scheduled</source>
        <translation>زمان‌بندی‌شده</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="62"/>
        <source>Publishing</source>
        <translation>در حال انتشار</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="63"/>
        <source>Will retry</source>
        <translation>تلاش دوباره</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="64"/>
        <source>Published</source>
        <translation>منتشرشده</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="65"/>
        <source>Failed</source>
        <translation>ناموفق</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="66"/>
        <source>Needs attention</source>
        <translation>نیاز به بررسی</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="67"/>
        <source>Post it now</source>
        <translation>همین حالا منتشر شود</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="68"/>
        <source>Skipped</source>
        <translation>ردشده</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="233"/>
        <location filename="../../ui/calendar/week.py" line="177"/>
        <source>%n post(s)</source>
        <translation>%n پست</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="239"/>
        <source>one of your posting days, nothing planned yet</source>
        <translation>یکی از روزهای انتشار شما، هنوز بی‌برنامه</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="256"/>
        <source>Day</source>
        <translation>روز</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="257"/>
        <source>Time</source>
        <translation>زمان</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="258"/>
        <source>Accounts</source>
        <translation>حساب‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="259"/>
        <source>Rubric</source>
        <translation>دسته</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="260"/>
        <source>Post</source>
        <translation>پست</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="261"/>
        <source>State</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="331"/>
        <source>No rubric</source>
        <translation>بدون دسته</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/models.py" line="383"/>
        <source>(no text yet)</source>
        <translation>(هنوز بدون متن)</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../ui/calendar/page.py" line="326"/>
        <source>The plan could not be loaded: %1</source>
        <translation>برنامه بارگیری نشد: %1</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/page.py" line="352"/>
        <source>%1 posts in view · %2 days of your posting rhythm still empty · %3 ideas</source>
        <translation>%1 پست در نما · %2 روز از ریتم انتشار هنوز خالی · %3 ایده</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/changes.py" line="148"/>
        <source>Imported %1 posts (%2 of them as ideas). Ctrl+Z takes the import back.</source>
        <translation>%1 پست درون‌ریزی شد (%2 مورد به‌صورت ایده). Ctrl+Z درون‌ریزی را برمی‌گرداند.</translation>
    </message>
</context>
<context>
    <name>PlanUndo</name>
    <message>
        <location filename="../../ui/calendar/undo.py" line="17"/>
        <source>Move post</source>
        <translation>جابه‌جایی پست</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/undo.py" line="18"/>
        <source>Move posts</source>
        <translation>جابه‌جایی پست‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/undo.py" line="19"/>
        <source>Back to ideas</source>
        <translation>بازگشت به ایده‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/undo.py" line="20"/>
        <source>Schedule idea</source>
        <translation>زمان‌بندی ایده</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/undo.py" line="21"/>
        <source>Schedule ideas</source>
        <translation>زمان‌بندی ایده‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/undo.py" line="22"/>
        <source>Add to queue</source>
        <translation>افزودن به صف</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/undo.py" line="23"/>
        <source>Duplicate post</source>
        <translation>تکثیر پست</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/undo.py" line="24"/>
        <source>Duplicate posts</source>
        <translation>تکثیر پست‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/undo.py" line="25"/>
        <source>Delete post</source>
        <translation>حذف پست</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/undo.py" line="26"/>
        <source>Delete posts</source>
        <translation>حذف پست‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/undo.py" line="27"/>
        <source>Import CSV</source>
        <translation>درون‌ریزی CSV</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/undo.py" line="38"/>
        <source>Move %n day(s) earlier</source>
        <translation>%n روز زودتر</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/undo.py" line="40"/>
        <source>Move %n day(s) later</source>
        <translation>%n روز دیرتر</translation>
    </message>
</context>
<context>
    <name>PlatformPreviews</name>
    <message>
        <location filename="../../ui/media/previews.py" line="177"/>
        <source>No preview</source>
        <translation>بدون پیش‌نمایش</translation>
    </message>
</context>
<context>
    <name>PostProblemDialog</name>
    <message>
        <location filename="../../ui/publishing/problem_dialog.py" line="48"/>
        <source>Check this post on {platform}</source>
        <translation>این پست را در {platform} بررسی کنید</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/problem_dialog.py" line="50"/>
        <source>A post to {platform} was not published</source>
        <translation>پستی در {platform} منتشر نشد</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/problem_dialog.py" line="57"/>
        <source>No reason was given.</source>
        <translation>علتی گفته نشد.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/problem_dialog.py" line="60"/>
        <source>Details</source>
        <translation>جزئیات</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/problem_dialog.py" line="78"/>
        <source>Link to the post, if it is there (optional)</source>
        <translation>پیوند پست، اگر منتشر شده است (اختیاری)</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/problem_dialog.py" line="82"/>
        <source>Don&apos;t post it</source>
        <translation>منتشر نشود</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/problem_dialog.py" line="84"/>
        <source>It is there: mark as posted</source>
        <translation>منتشر شده: ثبت انتشار</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/problem_dialog.py" line="88"/>
        <source>It is not there: send it</source>
        <translation>منتشر نشده: ارسال</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/problem_dialog.py" line="88"/>
        <source>Try again now</source>
        <translation>تلاش دوباره</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/problem_dialog.py" line="91"/>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
</context>
<context>
    <name>PostingTimesDialog</name>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="174"/>
        <source>Posting times</source>
        <translation>زمان‌های انتشار</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="178"/>
        <source>When each account posts, every week, in your local time. “Add to queue” uses the next free one. Example: Tue 12:30, Thu 12:30, Sat 10:00</source>
        <translation>زمان انتشار هر حساب در هر هفته، به وقت محلی شما. «افزودن به صف» نخستین زمان آزاد را برمی‌دارد. نمونه: ⁦Tue 12:30, Thu 12:30, Sat 10:00⁩</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="188"/>
        <source>no posting times</source>
        <translation>بدون زمان انتشار</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="50"/>
        <source>Row</source>
        <translation>ردیف</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="51"/>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="52"/>
        <source>Accounts</source>
        <translation>حساب‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="53"/>
        <source>Text</source>
        <translation>متن</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="54"/>
        <source>Rubric</source>
        <translation>دسته</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="55"/>
        <source>Problems</source>
        <translation>مشکلات</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="66"/>
        <source>next free slot</source>
        <translation>نخستین زمان آزاد</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="67"/>
        <source>idea (no date)</source>
        <translation>ایده (بی‌تاریخ)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="77"/>
        <source>%1 (new)</source>
        <translation>%1 (جدید)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/import_dialog.py" line="82"/>
        <source>OK</source>
        <translation>درست</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <location filename="../../ui/composer/panels.py" line="114"/>
        <source>%1 gets it as %2 × %3 pixels.</source>
        <translation>%1 آن را در اندازهٔ %2 × %3 پیکسل دریافت می‌کند.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="120"/>
        <source>Preview</source>
        <translation>پیش‌نمایش</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="122"/>
        <source>Choose an account above to see how the post will look there.</source>
        <translation>یک حساب را در بالا انتخاب کنید تا ببینید پست آنجا چگونه دیده می‌شود.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="139"/>
        <source>more</source>
        <translation>بیشتر</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="142"/>
        <source>The feed shows the start; the rest sits behind “more”.</source>
        <translation>فید آغاز متن را نشان می‌دهد؛ باقی پشت «بیشتر» است.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="144"/>
        <source>The red part does not fit on %1.</source>
        <translation>بخش قرمز در %1 جا نمی‌شود.</translation>
    </message>
</context>
<context>
    <name>PublishScheduleBox</name>
    <message>
        <location filename="../../ui/publishing/schedule_box.py" line="16"/>
        <source>Publish while SMM Desk is closed</source>
        <translation>انتشار وقتی SMM Desk بسته است</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/schedule_box.py" line="21"/>
        <source>Let this computer send your scheduled posts every 5 minutes, even when the SMM Desk window is closed (the computer must be on and you logged in).</source>
        <translation>این رایانه هر ۵ دقیقه پست‌های زمان‌بندی‌شده را بفرستد، حتی وقتی پنجرهٔ SMM Desk بسته است (رایانه باید روشن باشد و شما وارد شده باشید).</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/schedule_box.py" line="28"/>
        <source>Turn on</source>
        <translation>روشن کردن</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/schedule_box.py" line="30"/>
        <source>Turn off</source>
        <translation>خاموش کردن</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/schedule_box.py" line="50"/>
        <source>On: {what}.</source>
        <translation>روشن: {what}.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/schedule_box.py" line="52"/>
        <source>Off. Posts go out only while SMM Desk is open.</source>
        <translation>خاموش. پست‌ها فقط وقتی SMM Desk باز است منتشر می‌شوند.</translation>
    </message>
</context>
<context>
    <name>PublishingActions</name>
    <message>
        <location filename="../../ui/publishing/target_actions.py" line="76"/>
        <source>%1 @%2: not published</source>
        <translation>%1 @%2: منتشر نشد</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/target_actions.py" line="78"/>
        <source>%1 @%2: check whether it went out</source>
        <translation>%1 @%2: بررسی کنید منتشر شده یا نه</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/target_actions.py" line="83"/>
        <source>See why</source>
        <translation>دیدن علت</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/target_actions.py" line="88"/>
        <source>Retry</source>
        <translation>تلاش دوباره</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/target_actions.py" line="135"/>
        <source>It will be sent in a moment.</source>
        <translation>تا لحظاتی دیگر ارسال می‌شود.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/target_actions.py" line="156"/>
        <source>That did not work (%1). Try again.</source>
        <translation>انجام نشد (%1). دوباره امتحان کنید.</translation>
    </message>
</context>
<context>
    <name>ReadyToPostDialog</name>
    <message>
        <location filename="../../ui/publishing/ready_dialog.py" line="41"/>
        <source>Ready to post on {platform}</source>
        <translation>آمادهٔ انتشار در {platform}</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/ready_dialog.py" line="48"/>
        <source>It is time for this post. The text is copied: paste it on {platform}. The photos ({count}) are in a folder, numbered in order. When it is up, mark it as posted.</source>
        <translation>وقت این پست رسیده است. متن کپی شده: آن را در {platform} بچسبانید. عکس‌ها ({count}) به ترتیب شماره‌گذاری در یک پوشه‌اند. پس از انتشار، آن را منتشرشده علامت بزنید.</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/ready_dialog.py" line="59"/>
        <source>Copy text again</source>
        <translation>کپی دوبارهٔ متن</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/ready_dialog.py" line="61"/>
        <source>Open photos folder</source>
        <translation>باز کردن پوشهٔ عکس‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/ready_dialog.py" line="68"/>
        <source>Open {platform}</source>
        <translation>باز کردن {platform}</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/ready_dialog.py" line="78"/>
        <source>Link to the post (optional)</source>
        <translation>پیوند پست (اختیاری)</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/ready_dialog.py" line="82"/>
        <source>Later</source>
        <translation>بعداً</translation>
    </message>
    <message>
        <location filename="../../ui/publishing/ready_dialog.py" line="84"/>
        <source>Mark as posted</source>
        <translation>منتشر شد</translation>
    </message>
</context>
<context>
    <name>RubricsDialog</name>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="58"/>
        <source>Rubrics</source>
        <translation>دسته‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="62"/>
        <source>Rubrics are the kinds of post you make (product, tips, behind the scenes…). The target share is how much of your plan each should take.</source>
        <translation>دسته‌ها انواع پست‌های شما هستند (محصول، نکته، پشت صحنه…). سهم هدف یعنی هر دسته چه اندازه از برنامه را بگیرد.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="78"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="79"/>
        <source>Colour</source>
        <translation>رنگ</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="80"/>
        <source>Target share</source>
        <translation>سهم هدف</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="87"/>
        <source>Add</source>
        <translation>افزودن</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="88"/>
        <source>Save changes</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="89"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="133"/>
        <source>Rubric colour</source>
        <translation>رنگ دسته</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings_dialogs.py" line="149"/>
        <source>New rubric</source>
        <translation>دستهٔ جدید</translation>
    </message>
</context>
<context>
    <name>SchedulePanel</name>
    <message>
        <location filename="../../ui/composer/panels.py" line="187"/>
        <location filename="../../ui/composer/panels.py" line="238"/>
        <source>Post now</source>
        <translation>انتشار فوری</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="188"/>
        <source>Next free slot</source>
        <translation>نخستین زمان آزاد</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="190"/>
        <source>Each account&apos;s next free posting time from its queue (Plan screen)</source>
        <translation>نخستین زمان آزاد انتشار هر حساب از صف آن (صفحهٔ برنامه)</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="192"/>
        <source>At</source>
        <translation>در</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="203"/>
        <location filename="../../ui/composer/panels.py" line="242"/>
        <source>Schedule</source>
        <translation>زمان‌بندی</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="219"/>
        <source>No free posting time for %1: add posting times on the Plan screen, or pick a date and time.</source>
        <translation>زمان آزادی برای %1 نیست: در صفحهٔ برنامه زمان انتشار اضافه کنید یا تاریخ و ساعتی برگزینید.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/composer/panels.py" line="229"/>
        <source>Added to the queue of %n account(s).</source>
        <translation>
            <numerusform>به صف %n حساب اضافه شد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/composer/panels.py" line="231"/>
        <source>Sent to the queue for %n account(s): it goes out now.</source>
        <translation>
            <numerusform>به صف %n حساب فرستاده شد: همین حالا منتشر می‌شود.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/composer/panels.py" line="233"/>
        <source>Scheduled for %n account(s).</source>
        <translation>
            <numerusform>برای %n حساب زمان‌بندی شد.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="240"/>
        <source>Add to queue</source>
        <translation>افزودن به صف</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="259"/>
        <source>Write your post above, then schedule it here.</source>
        <translation>پست را در بالا بنویسید، سپس اینجا زمان‌بندی کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="277"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="288"/>
        <source>Choose at least one account above.</source>
        <translation>دست‌کم یک حساب را در بالا انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="291"/>
        <source>Fix these before scheduling, or remove the account from the post:</source>
        <translation>پیش از زمان‌بندی این‌ها را اصلاح کنید یا حساب را از پست بردارید:</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="294"/>
        <source>Ready. Worth a look:</source>
        <translation>آماده است. نگاهی بیندازید:</translation>
    </message>
    <message>
        <location filename="../../ui/composer/panels.py" line="296"/>
        <source>Ready to schedule: no problems found.</source>
        <translation>آمادهٔ زمان‌بندی: مشکلی پیدا نشد.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/settings_page.py" line="29"/>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="36"/>
        <source>Language and time</source>
        <translation>زبان و زمان</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="45"/>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="53"/>
        <source>Time zone</source>
        <translation>منطقهٔ زمانی</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="55"/>
        <location filename="../../ui/settings_page.py" line="126"/>
        <source>Posting times are shown and scheduled in this time zone.</source>
        <translation>زمان‌های انتشار در این منطقهٔ زمانی نمایش و زمان‌بندی می‌شوند.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="61"/>
        <source>Your data</source>
        <translation>داده‌های شما</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="64"/>
        <source>Data folder</source>
        <translation>پوشهٔ داده</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="65"/>
        <source>Backups</source>
        <translation>پشتیبان‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="66"/>
        <source>Log files</source>
        <translation>فایل‌های گزارش</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="72"/>
        <source>Open</source>
        <translation>باز کردن</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="83"/>
        <source>About SMM Desk…</source>
        <translation>دربارهٔ SMM Desk…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="123"/>
        <source>Unknown time zone: pick one from the list.</source>
        <translation>منطقهٔ زمانی ناشناخته: یکی را از فهرست انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="132"/>
        <source>The new language is used from the next start.</source>
        <translation>زبان جدید از اجرای بعدی استفاده می‌شود.</translation>
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
        <location filename="../../ui/report/labels.py" line="15"/>
        <location filename="../../ui/report/monthly.py" line="149"/>
        <source>Followers</source>
        <translation>دنبال‌کنندگان</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="16"/>
        <source>New followers</source>
        <translation>دنبال‌کنندگان جدید</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="17"/>
        <source>Growth</source>
        <translation>رشد</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="18"/>
        <source>Posts published</source>
        <translation>پست‌های منتشرشده</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="49"/>
        <location filename="../../ui/dashboard/posts_model.py" line="23"/>
        <location filename="../../ui/report/labels.py" line="19"/>
        <source>Reach</source>
        <translation>دسترسی</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="50"/>
        <source>Likes</source>
        <translation>لایک‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="51"/>
        <source>Comments</source>
        <translation>کامنت‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="52"/>
        <source>Shares</source>
        <translation>اشتراک‌گذاری‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="53"/>
        <source>Saves</source>
        <translation>ذخیره‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="54"/>
        <source>Link clicks</source>
        <translation>کلیک روی پیوند</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="67"/>
        <source>Enter a post&apos;s figures</source>
        <translation>ورود آمار یک پست</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="69"/>
        <source>Copy the figures from the platform&apos;s app. Leave a figure at “—” if the platform does not show it. Earlier figures are kept.</source>
        <translation>آمار را از اپ پلتفرم بردارید. اگر پلتفرم عددی را نشان نمی‌دهد، آن را «—» بگذارید. آمار قبلی حفظ می‌شود.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="78"/>
        <location filename="../../ui/dashboard/posts_model.py" line="22"/>
        <source>Post</source>
        <translation>پست</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="127"/>
        <source>Add ad spend</source>
        <translation>افزودن هزینهٔ تبلیغ</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="129"/>
        <source>Enter what a boosted post or an ad cost, as the ad manager shows it. Impressions, clicks and leads are optional; with them the Dashboard shows CPM, CPC and CPL.</source>
        <translation>هزینهٔ پست تقویت‌شده یا تبلیغ را همان‌طور که مدیر تبلیغات نشان می‌دهد وارد کنید. نمایش، کلیک و سرنخ اختیاری‌اند؛ با آن‌ها داشبورد CPM، CPC و CPL را نشان می‌دهد.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="139"/>
        <source>Day</source>
        <translation>روز</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="141"/>
        <source>No particular account</source>
        <translation>بدون حساب مشخص</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/ad_spend_list.py" line="55"/>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="144"/>
        <location filename="../../ui/dashboard/import_dialog.py" line="114"/>
        <location filename="../../ui/dashboard/posts_model.py" line="21"/>
        <source>Account</source>
        <translation>حساب</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/ad_spend_list.py" line="54"/>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="148"/>
        <source>Platform</source>
        <translation>پلتفرم</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="150"/>
        <source>e.g. Weekend boost</source>
        <translation>مثلاً تقویت آخر هفته</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/ad_spend_list.py" line="48"/>
        <source>Money spent on ads, one line per day and campaign. It is used for cost per click, per thousand views, per lead and per new follower.</source>
        <translation>هزینهٔ تبلیغات، هر روز و هر کمپین یک سطر. برای هزینهٔ هر کلیک، هر هزار نمایش، هر سرنخ و هر دنبال‌کنندهٔ جدید به کار می‌رود.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/ad_spend_list.py" line="54"/>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="151"/>
        <source>Campaign</source>
        <translation>کمپین</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/ad_spend_list.py" line="54"/>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="155"/>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/ad_spend_list.py" line="54"/>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/ad_spend_list.py" line="64"/>
        <source>No ad spend entered yet.</source>
        <translation>هنوز هزینهٔ تبلیغی وارد نشده.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/ad_spend_list.py" line="67"/>
        <source>Add…</source>
        <translation>افزودن…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/ad_spend_list.py" line="68"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/ad_spend_list.py" line="127"/>
        <source>Delete ad spend</source>
        <translation>حذف هزینهٔ تبلیغ</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/ad_spend_list.py" line="128"/>
        <source>Delete %1 ad spend entries? The costs per click and per follower are computed again without them.</source>
        <translation>%1 مورد هزینهٔ تبلیغ حذف شود؟ هزینهٔ هر کلیک و هر دنبال‌کننده بدون آن‌ها دوباره حساب می‌شود.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="159"/>
        <source>Currency</source>
        <translation>واحد پول</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="161"/>
        <source>Ad impressions</source>
        <translation>نمایش تبلیغ</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="162"/>
        <source>Ad clicks</source>
        <translation>کلیک تبلیغ</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/entry_dialogs.py" line="163"/>
        <source>Leads</source>
        <translation>سرنخ‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/posts_model.py" line="21"/>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/posts_model.py" line="22"/>
        <source>Engagement</source>
        <translation>تعامل</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/posts_model.py" line="23"/>
        <location filename="../../ui/report/labels.py" line="20"/>
        <source>Interactions</source>
        <translation>تعامل‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/posts_model.py" line="86"/>
        <source>Double-click to open it</source>
        <translation>برای باز کردن دوبار کلیک کنید</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="21"/>
        <source>Engagement rate (by reach)</source>
        <translation>نرخ تعامل (بر پایهٔ دسترسی)</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="22"/>
        <source>Engagement rate (by followers)</source>
        <translation>نرخ تعامل (بر پایهٔ دنبال‌کننده)</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="23"/>
        <source>Reach rate</source>
        <translation>نرخ دسترسی</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="24"/>
        <source>Click-through rate</source>
        <translation>نرخ کلیک (CTR)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/ad_spend_list.py" line="44"/>
        <location filename="../../ui/report/labels.py" line="25"/>
        <source>Ad spend</source>
        <translation>هزینهٔ تبلیغ</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="26"/>
        <source>Cost per 1,000 impressions (CPM)</source>
        <translation>هزینهٔ هر ۱۰۰۰ نمایش (CPM)</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="27"/>
        <source>Cost per click (CPC)</source>
        <translation>هزینهٔ هر کلیک (CPC)</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="28"/>
        <source>Cost per lead (CPL)</source>
        <translation>هزینهٔ هر سرنخ (CPL)</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="29"/>
        <source>Cost per new follower</source>
        <translation>هزینهٔ هر دنبال‌کنندهٔ جدید</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="33"/>
        <source>Followers at the end of the period, all chosen accounts together.</source>
        <translation>دنبال‌کنندگان در پایان دوره، همهٔ حساب‌های انتخابی روی هم.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="35"/>
        <source>Followers at the end minus followers at the start of the period.</source>
        <translation>دنبال‌کنندگان پایان دوره منهای دنبال‌کنندگان آغاز دوره.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="37"/>
        <source>Growth: (followers at the end − followers at the start) / followers at the start.</source>
        <translation>رشد: (دنبال‌کنندگان پایان − دنبال‌کنندگان آغاز) / دنبال‌کنندگان آغاز.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="40"/>
        <source>Posts published in the period, per account.</source>
        <translation>پست‌های منتشرشده در دوره، برای هر حساب.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="41"/>
        <source>Reach: the people who saw the period&apos;s posts, added up over the posts.</source>
        <translation>دسترسی: کسانی که پست‌های دوره را دیدند، جمع همهٔ پست‌ها.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="43"/>
        <source>Interactions: likes + comments + shares + saves, counting those the platform reports.</source>
        <translation>تعامل‌ها: لایک + کامنت + اشتراک‌گذاری + ذخیره، هر کدام که پلتفرم گزارش می‌دهد.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="46"/>
        <source>Engagement rate by reach: interactions / reach, over posts that have a reach.</source>
        <translation>نرخ تعامل بر پایهٔ دسترسی: تعامل‌ها / دسترسی، در پست‌هایی که دسترسی دارند.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="48"/>
        <source>Engagement rate by followers: interactions per post / followers.</source>
        <translation>نرخ تعامل بر پایهٔ دنبال‌کننده: تعامل هر پست / دنبال‌کنندگان.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="50"/>
        <source>Reach rate: reach per post / followers.</source>
        <translation>نرخ دسترسی: دسترسی هر پست / دنبال‌کنندگان.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="51"/>
        <source>Click-through rate: clicks / impressions (or reach, without impressions).</source>
        <translation>نرخ کلیک: کلیک‌ها / نمایش‌ها (یا دسترسی، اگر نمایش نباشد).</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="53"/>
        <source>Money spent on ads in the period, as entered.</source>
        <translation>هزینهٔ تبلیغات در دوره، همان‌طور که وارد شده.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="54"/>
        <source>CPM: ad spend per 1,000 ad impressions.</source>
        <translation>CPM: هزینهٔ تبلیغ برای هر ۱۰۰۰ نمایش تبلیغ.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="55"/>
        <source>CPC: ad spend / ad clicks.</source>
        <translation>CPC: هزینهٔ تبلیغ / کلیک‌های تبلیغ.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="56"/>
        <source>CPL: ad spend / leads.</source>
        <translation>CPL: هزینهٔ تبلیغ / سرنخ‌ها.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="57"/>
        <source>Cost per new follower: ad spend / new followers in the period.</source>
        <translation>هزینهٔ هر دنبال‌کنندهٔ جدید: هزینهٔ تبلیغ / دنبال‌کنندگان جدید دوره.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="62"/>
        <source>likes</source>
        <translation>لایک</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="63"/>
        <source>comments</source>
        <translation>کامنت</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="64"/>
        <source>shares</source>
        <translation>اشتراک‌گذاری</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="65"/>
        <source>saves</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="66"/>
        <source>impressions</source>
        <translation>نمایش</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="67"/>
        <source>reach</source>
        <translation>دسترسی</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="68"/>
        <source>clicks</source>
        <translation>کلیک</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="69"/>
        <source>followers</source>
        <translation>دنبال‌کننده</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="70"/>
        <source>reach of the day</source>
        <translation>دسترسی روز</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="71"/>
        <source>views of the day</source>
        <translation>بازدید روز</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="72"/>
        <source>new followers</source>
        <translation>دنبال‌کنندگان جدید</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="73"/>
        <source>lost followers</source>
        <translation>دنبال‌کنندگان از دست رفته</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="82"/>
        <source>Mon</source>
        <translation>دوشنبه</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="82"/>
        <source>Tue</source>
        <translation>سه‌شنبه</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="83"/>
        <source>Wed</source>
        <translation>چهارشنبه</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="83"/>
        <source>Thu</source>
        <translation>پنجشنبه</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="84"/>
        <source>Fri</source>
        <translation>جمعه</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="84"/>
        <source>Sat</source>
        <translation>شنبه</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="85"/>
        <source>Sun</source>
        <translation>یکشنبه</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="108"/>
        <source>not enough data</source>
        <translation>دادهٔ کافی نیست</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="115"/>
        <source>Counted here: %1.</source>
        <translation>شمرده‌شده در اینجا: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/report/labels.py" line="140"/>
        <source>pp</source>
        <translation>واحد درصد</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/cards.py" line="47"/>
        <source>%1 vs previous period</source>
        <translation>%1 نسبت به دورهٔ قبل</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/cards.py" line="49"/>
        <source>no comparison yet</source>
        <translation>هنوز مقایسه‌ای نیست</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="119"/>
        <source>Followers over time</source>
        <translation>روند دنبال‌کنندگان</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="126"/>
        <source>%1 → %2</source>
        <translation>از %1 به %2</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="128"/>
        <source>Followers are counted once a day while SMM Desk runs, or imported from a daily stats file.</source>
        <translation>دنبال‌کنندگان روزی یک بار، وقتی SMM Desk اجرا است، شمرده می‌شوند یا از فایل آمار روزانه درون‌ریزی می‌شوند.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="134"/>
        <location filename="../../ui/report/monthly.py" line="154"/>
        <source>Engagement rate per post</source>
        <translation>نرخ تعامل هر پست</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="140"/>
        <location filename="../../ui/dashboard/charts.py" line="160"/>
        <source>%1 posts</source>
        <translation>%1 پست</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="143"/>
        <source>%1 without a reach figure are left out</source>
        <translation>%1 مورد بدون آمار دسترسی کنار گذاشته شد</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="163"/>
        <source>ER %1</source>
        <translation>ER %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="165"/>
        <source>Too few posts to trust</source>
        <translation>پست‌ها برای اطمینان کم است</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="192"/>
        <source>Best time to post</source>
        <translation>بهترین زمان انتشار</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="193"/>
        <source>From your own posts: the mean engagement rate of the posts published in each hour of each weekday. The number is how many posts; grey cells have too few to trust.</source>
        <translation>بر پایهٔ پست‌های خودتان: میانگین نرخ تعامل پست‌هایی که در هر ساعتِ هر روز هفته منتشر شده‌اند. عدد، تعداد پست‌هاست؛ خانه‌های خاکستری پست کافی ندارند.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="204"/>
        <source>Suggested: %1</source>
        <translation>پیشنهاد: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="206"/>
        <source>Not enough posts yet for a suggestion.</source>
        <translation>هنوز پست کافی برای پیشنهاد نیست.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="207"/>
        <source>%1 posts of the last %2 days; grey: fewer than %3 posts</source>
        <translation>%1 پست در %2 روز گذشته؛ خاکستری: کمتر از %3 پست</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="217"/>
        <source>Rubric performance</source>
        <translation>عملکرد دسته‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="218"/>
        <source>Blue: the rubric&apos;s share of the period&apos;s posts. Grey: its share in your plan. The engagement rate is the mean over the rubric&apos;s posts.</source>
        <translation>آبی: سهم دسته از پست‌های دوره. خاکستری: سهم آن در برنامهٔ شما. نرخ تعامل میانگین پست‌های آن دسته است.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="224"/>
        <source>Blue: share of posts · grey: share in the plan</source>
        <translation>آبی: سهم پست‌ها · خاکستری: سهم در برنامه</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="67"/>
        <source>Line</source>
        <translation>سطر</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="68"/>
        <source>What happens</source>
        <translation>چه می‌شود</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="69"/>
        <source>Figures or problem</source>
        <translation>آمار یا مشکل</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="50"/>
        <source>new post, imported</source>
        <translation>پست جدید، درون‌ریزی شد</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="50"/>
        <source>imported</source>
        <translation>درون‌ریزی شد</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="51"/>
        <source>already imported</source>
        <translation>از قبل درون‌ریزی شده</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="52"/>
        <source>skipped</source>
        <translation>رد شد</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="84"/>
        <location filename="../../ui/dashboard/page.py" line="148"/>
        <source>Import a stats file</source>
        <translation>درون‌ریزی فایل آمار</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="91"/>
        <source>Download the stats file from the platform (for Instagram and Facebook: Meta Business Suite › Insights › Content › Export; for X: Analytics › Export data; for VK: Statistics › Export), then choose it here. Nothing is stored until you press Import.</source>
        <translation>فایل آمار را از پلتفرم دانلود کنید (برای Instagram و Facebook: ⁦Meta Business Suite › Insights › Content › Export⁩؛ برای X: ⁦Analytics › Export data⁩؛ برای VK: ⁦Statistics › Export⁩)، سپس اینجا انتخابش کنید. تا «درون‌ریزی» را نزنید چیزی ذخیره نمی‌شود.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="100"/>
        <source>The .csv file</source>
        <translation>فایل ⁦.csv⁩</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="101"/>
        <source>Choose…</source>
        <translation>انتخاب…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="105"/>
        <source>File</source>
        <translation>فایل</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="109"/>
        <source>Kind of file</source>
        <translation>نوع فایل</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="111"/>
        <source>The only account of that platform</source>
        <translation>تنها حساب آن پلتفرم</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="130"/>
        <source>Import</source>
        <translation>درون‌ریزی</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="141"/>
        <source>Choose the stats file</source>
        <translation>فایل آمار را انتخاب کنید</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="142"/>
        <source>CSV files (*.csv *.txt)</source>
        <translation>فایل‌های CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="155"/>
        <source>Stopping…</source>
        <translation>در حال توقف…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="208"/>
        <source>Reading the file…</source>
        <translation>در حال خواندن فایل…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="232"/>
        <source>For %1: %2 rows to import, %3 already imported, %4 with a problem (they are skipped).</source>
        <translation>برای %1: %2 ردیف برای درون‌ریزی، %3 از قبل درون‌ریزی‌شده، %4 دارای مشکل (رد می‌شوند).</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="241"/>
        <source>Importing…</source>
        <translation>در حال درون‌ریزی…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/import_dialog.py" line="247"/>
        <source>Imported %1 figures; %2 posts were new to SMM Desk.</source>
        <translation>%1 آمار درون‌ریزی شد؛ %2 پست برای SMM Desk تازه بود.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="110"/>
        <source>Show one account or all of them together</source>
        <translation>نمایش یک حساب یا همه با هم</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="115"/>
        <source>Add figures</source>
        <translation>افزودن آمار</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="119"/>
        <source>Import a stats file, or enter figures by hand</source>
        <translation>درون‌ریزی فایل آمار یا ورود دستی آمار</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="121"/>
        <source>Import a stats file…</source>
        <translation>درون‌ریزی فایل آمار…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="122"/>
        <source>Enter a post&apos;s figures…</source>
        <translation>ورود آمار یک پست…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="124"/>
        <source>Add ad spend…</source>
        <translation>افزودن هزینهٔ تبلیغ…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="125"/>
        <source>Ad spend entries…</source>
        <translation>هزینه‌های تبلیغ…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="128"/>
        <source>Report…</source>
        <translation>گزارش…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="129"/>
        <source>Save this period as a PDF report, with its numbers as CSV beside it</source>
        <translation>ذخیرهٔ این دوره به‌صورت گزارش PDF، همراه با اعدادش در فایل CSV</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="131"/>
        <source>Refresh</source>
        <translation>تازه‌سازی</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="132"/>
        <source>Fetch the latest figures from the platforms</source>
        <translation>دریافت تازه‌ترین آمار از پلتفرم‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="145"/>
        <source>See what works</source>
        <translation>ببینید چه جواب می‌دهد</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="146"/>
        <source>Your followers, reach and best posts appear here once there are figures: connect an account, or import the stats file a platform lets you download.</source>
        <translation>دنبال‌کنندگان، دسترسی و بهترین پست‌ها وقتی آماری باشد اینجا نمایش داده می‌شوند: حسابی وصل کنید یا فایل آماری را که پلتفرم برای دانلود می‌دهد درون‌ریزی کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="159"/>
        <source>Best post</source>
        <translation>بهترین پست</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="176"/>
        <location filename="../../ui/report/monthly.py" line="200"/>
        <source>Top posts</source>
        <translation>پست‌های برتر</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="177"/>
        <location filename="../../ui/report/monthly.py" line="204"/>
        <source>Posts that worked least</source>
        <translation>کم‌اثرترین پست‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="223"/>
        <location filename="../../ui/report/monthly.py" line="105"/>
        <source>All accounts</source>
        <translation>همهٔ حساب‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="240"/>
        <source>Loading…</source>
        <translation>در حال بارگیری…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="255"/>
        <source>The figures could not be loaded: %1</source>
        <translation>آمار بارگیری نشد: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="285"/>
        <source>%1 new</source>
        <translation>%1 جدید</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="295"/>
        <location filename="../../ui/dashboard/page.py" line="301"/>
        <source>The post with the highest engagement rate by reach in the period.</source>
        <translation>پستی با بالاترین نرخ تعامل بر پایهٔ دسترسی در این دوره.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="309"/>
        <source>%1, compared with %2</source>
        <translation>⁨%1⁩، در مقایسه با ⁨%2⁩</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="348"/>
        <source>Save the report</source>
        <translation>ذخیرهٔ گزارش</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="349"/>
        <source>PDF files (*.pdf)</source>
        <translation>فایل‌های PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="371"/>
        <source>Report saved: %1</source>
        <translation>گزارش ذخیره شد: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_bar.py" line="106"/>
        <source>None of your accounts can be read live: import their stats files.</source>
        <translation>آمار هیچ‌یک از حساب‌های شما مستقیم خواندنی نیست: فایل آمارشان را درون‌ریزی کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_bar.py" line="108"/>
        <source>Stopped; the figures fetched so far are kept.</source>
        <translation>متوقف شد؛ آمار دریافت‌شده تا اینجا حفظ می‌شود.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_bar.py" line="130"/>
        <source>Stop</source>
        <translation>توقف</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_bar.py" line="132"/>
        <source>Stop fetching after the account being read now; what arrived is kept</source>
        <translation>توقف دریافت پس از حساب فعلی؛ آنچه رسیده حفظ می‌شود</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_bar.py" line="154"/>
        <source>The demo workspace shows made-up figures; it never fetches from the platforms.</source>
        <translation>فضای کار نمایشی آمار ساختگی نشان می‌دهد و هرگز از پلتفرم‌ها دریافت نمی‌کند.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_bar.py" line="164"/>
        <source>Stopping after the account being read now…</source>
        <translation>توقف پس از حساب فعلی…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_bar.py" line="171"/>
        <source>Fetching the latest figures…</source>
        <translation>در حال دریافت تازه‌ترین آمار…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_bar.py" line="177"/>
        <source>Fetching the figures of %1 (%2 of %3)…</source>
        <translation>در حال دریافت آمار %1 (%2 از %3)…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/live_bar.py" line="190"/>
        <source>The figures could not be fetched: %1</source>
        <translation>آمار دریافت نشد: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/period_picker.py" line="35"/>
        <source>Last 7 days</source>
        <translation>۷ روز گذشته</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/period_picker.py" line="35"/>
        <source>Last 30 days</source>
        <translation>۳۰ روز گذشته</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/period_picker.py" line="35"/>
        <source>Last 90 days</source>
        <translation>۹۰ روز گذشته</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/period_picker.py" line="36"/>
        <source>This month</source>
        <translation>این ماه</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/period_picker.py" line="36"/>
        <source>Last month</source>
        <translation>ماه گذشته</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/period_picker.py" line="36"/>
        <source>Custom…</source>
        <translation>دلخواه…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/period_picker.py" line="40"/>
        <source>Every figure is compared with the period just before.</source>
        <translation>هر عدد با دورهٔ درست پیش از آن مقایسه می‌شود.</translation>
    </message>
    <message>
        <location filename="../../ui/report/monthly.py" line="50"/>
        <source>SMM Desk report</source>
        <translation>گزارش SMM Desk</translation>
    </message>
    <message>
        <location filename="../../ui/report/monthly.py" line="101"/>
        <source>Monthly report</source>
        <translation>گزارش ماهانه</translation>
    </message>
    <message>
        <location filename="../../ui/report/monthly.py" line="106"/>
        <source>%1 · compared with %2</source>
        <translation>⁨%1⁩ · در مقایسه با ⁨%2⁩</translation>
    </message>
    <message>
        <location filename="../../ui/report/monthly.py" line="119"/>
        <source>This period</source>
        <translation>این دوره</translation>
    </message>
    <message>
        <location filename="../../ui/report/monthly.py" line="119"/>
        <source>Previous</source>
        <translation>دورهٔ قبل</translation>
    </message>
    <message>
        <location filename="../../ui/report/monthly.py" line="119"/>
        <source>Change</source>
        <translation>تغییر</translation>
    </message>
    <message>
        <location filename="../../ui/report/monthly.py" line="190"/>
        <source>Best time to post (%1 posts; grey: fewer than %2 posts, too few to trust)</source>
        <translation>بهترین زمان انتشار (%1 پست؛ خاکستری: کمتر از %2 پست، برای اطمینان کم است)</translation>
    </message>
    <message>
        <location filename="../../ui/report/monthly.py" line="197"/>
        <source>Rubric mix: share of posts against the plan, and engagement</source>
        <translation>ترکیب دسته‌ها: سهم پست‌ها در برابر برنامه، و تعامل</translation>
    </message>
    <message>
        <location filename="../../ui/report/painting.py" line="208"/>
        <source>%1 of posts (plan %2) · ER %3</source>
        <translation>سهم %1 (برنامه %2) · ER %3</translation>
    </message>
</context>
<context>
    <name>StatusBarNotifier</name>
    <message numerus="yes">
        <location filename="../../ui/publishing/notifier.py" line="173"/>
        <source>(+%n more)</source>
        <translation>
            <numerusform>(+%n مورد دیگر)</numerusform>
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
        <location filename="../../ui/composer/version_tab.py" line="137"/>
        <source>Own version for %1.</source>
        <translation>نسخهٔ ویژهٔ %1.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/version_tab.py" line="142"/>
        <source>Follows the main text. Change it here to adapt it for %1.</source>
        <translation>از متن اصلی پیروی می‌کند. برای تطبیق با %1 آن را اینجا تغییر دهید.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/version_tab.py" line="75"/>
        <source>Different time for this account</source>
        <translation>زمان دیگر برای این حساب</translation>
    </message>
    <message>
        <location filename="../../ui/composer/version_tab.py" line="138"/>
        <source>Use the main text again</source>
        <translation>بازگشت به متن اصلی</translation>
    </message>
    <message>
        <location filename="../../ui/composer/version_tab.py" line="144"/>
        <source>Write a separate version</source>
        <translation>نوشتن نسخهٔ جداگانه</translation>
    </message>
</context>
</TS>
