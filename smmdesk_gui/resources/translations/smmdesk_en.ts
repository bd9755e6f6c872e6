<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>AccountsPage</name>
    <message numerus="yes">
        <location filename="../../ui/accounts/page.py" line="313" />
        <source>%n more account(s) need the same.</source>
        <translation>
            <numerusform>%n more account need the same.</numerusform>
            <numerusform>%n more accounts need the same.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DayCellDelegate</name>
    <message numerus="yes">
        <location filename="../../ui/calendar/delegate.py" line="136" />
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar/delegate.py" line="137" />
        <source>%n post(s)</source>
        <translation>
            <numerusform>%n post</numerusform>
            <numerusform>%n posts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GuiPublisher</name>
    <message numerus="yes">
        <location filename="../../ui/publishing/publisher.py" line="133" />
        <source>SMM Desk: %n post(s) waiting to be published</source>
        <translation>
            <numerusform>SMM Desk: %n post waiting to be published</numerusform>
            <numerusform>SMM Desk: %n posts waiting to be published</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/publishing/publisher.py" line="152" />
        <source>%n post(s) published</source>
        <translation>
            <numerusform>%n post published</numerusform>
            <numerusform>%n posts published</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/publishing/publisher.py" line="154" />
        <source>%n will be retried</source>
        <translation>
            <numerusform>%n will be retried</numerusform>
            <numerusform>%n will be retried</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/publishing/publisher.py" line="156" />
        <source>%n failed — see why in the plan</source>
        <translation>
            <numerusform>%n failed — see why in the plan</numerusform>
            <numerusform>%n failed — see why in the plan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/publishing/publisher.py" line="158" />
        <source>%n need(s) checking</source>
        <translation>
            <numerusform>%n needs checking</numerusform>
            <numerusform>%n need checking</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="367" />
        <source>%n post(s) scheduled today</source>
        <translation>
            <numerusform>%n post scheduled today</numerusform>
            <numerusform>%n posts scheduled today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="371" />
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="373" />
        <source>%n need(s) you</source>
        <translation>
            <numerusform>%n needs you</numerusform>
            <numerusform>%n need you</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MediaPage</name>
    <message numerus="yes">
        <location filename="../../ui/media/page.py" line="245" />
        <source>%n photo(s) added.</source>
        <translation>
            <numerusform>%n photo added.</numerusform>
            <numerusform>%n photos added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/media/page.py" line="247" />
        <source>%n photo(s) were already in the library.</source>
        <translation>
            <numerusform>%n photo was already in the library.</numerusform>
            <numerusform>%n photos were already in the library.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/media/page.py" line="287" />
        <source>This photo is in %n scheduled post(s):</source>
        <translation>
            <numerusform>This photo is in %n scheduled post:</numerusform>
            <numerusform>This photo is in %n scheduled posts:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MixBar</name>
    <message numerus="yes">
        <location filename="../../ui/calendar/mix_bar.py" line="76" />
        <source>Rubric mix of %n post(s): </source>
        <translation>
            <numerusform>Rubric mix of %n post: </numerusform>
            <numerusform>Rubric mix of %n posts: </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanActionsBar</name>
    <message numerus="yes">
        <location filename="../../ui/calendar/actions_bar.py" line="181" />
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar/actions_bar.py" line="193" />
        <source> day(s)</source>
        <translation>
            <numerusform> day</numerusform>
            <numerusform> days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar/actions_bar.py" line="206" />
        <source>Move the selected posts %n day(s) earlier, same time of day (%1)</source>
        <translation>
            <numerusform>Move the selected posts %n day earlier, same time of day (%1)</numerusform>
            <numerusform>Move the selected posts %n days earlier, same time of day (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar/actions_bar.py" line="217" />
        <source>Move the selected posts %n day(s) later, same time of day (%1)</source>
        <translation>
            <numerusform>Move the selected posts %n day later, same time of day (%1)</numerusform>
            <numerusform>Move the selected posts %n days later, same time of day (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move the selected posts %n day(s) earlier, same time of day (Alt+←)</source>
        <translation type="vanished">
            <numerusform>Move the selected posts %n day earlier, same time of day (Alt+←)</numerusform>
            <numerusform>Move the selected posts %n days earlier, same time of day (Alt+←)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move the selected posts %n day(s) later, same time of day (Alt+→)</source>
        <translation type="vanished">
            <numerusform>Move the selected posts %n day later, same time of day (Alt+→)</numerusform>
            <numerusform>Move the selected posts %n days later, same time of day (Alt+→)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar/actions_bar.py" line="225" />
        <source>Copy the selected posts %n day(s) later (Ctrl+D)</source>
        <translation>
            <numerusform>Copy the selected posts %n day later (Ctrl+D)</numerusform>
            <numerusform>Copy the selected posts %n days later (Ctrl+D)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PostMenu</name>
    <message numerus="yes">
        <location filename="../../ui/calendar/post_menu.py" line="87" />
        <source>Duplicate (%n day(s) later)</source>
        <translation>
            <numerusform>Duplicate (%n day later)</numerusform>
            <numerusform>Duplicate (%n days later)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PostingTimesDialog</name>
    <message numerus="yes">
        <location filename="../../ui/calendar/settings_dialogs.py" line="468" />
        <source>%n posting times a week</source>
        <translation>
            <numerusform>%n posting time a week</numerusform>
            <numerusform>%n posting times a week</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadyToPostDialog</name>
    <message numerus="yes">
        <location filename="../../ui/publishing/ready_dialog.py" line="48" />
        <source>It is time for this post. The text is copied: paste it on %1. The photos (%n) are in a folder, numbered in order. When it is up, mark it as posted.</source>
        <translation>
            <numerusform>It is time for this post. The text is copied: paste it on %1. The photos (%n) are in a folder, numbered in order. When it is up, mark it as posted.</numerusform>
            <numerusform>It is time for this post. The text is copied: paste it on %1. The photos (%n) are in a folder, numbered in order. When it is up, mark it as posted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReconnectSoonButton</name>
    <message numerus="yes">
        <location filename="../../ui/accounts/expiry.py" line="63" />
        <source>%n more account(s) need the same.</source>
        <translation>
            <numerusform>%n more account need the same.</numerusform>
            <numerusform>%n more accounts need the same.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchedulePanel</name>
    <message numerus="yes">
        <location filename="../../ui/composer/panels.py" line="167" />
        <source>Added to the queue of %n account(s).</source>
        <translation>
            <numerusform>Added to the queue of %n account.</numerusform>
            <numerusform>Added to the queue of %n accounts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/composer/panels.py" line="171" />
        <source>Sent to the queue for %n account(s): it goes out now.</source>
        <translation>
            <numerusform>Sent to the queue for %n account: it goes out now.</numerusform>
            <numerusform>Sent to the queue for %n accounts: it goes out now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/composer/panels.py" line="174" />
        <source>Scheduled for %n account(s).</source>
        <translation>
            <numerusform>Scheduled for %n account.</numerusform>
            <numerusform>Scheduled for %n accounts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stats</name>
    <message numerus="yes">
        <location filename="../../ui/dashboard/ad_spend_list.py" line="141" />
        <source>Delete %n ad spend entries? The costs per click and per follower are computed again without them.</source>
        <translation>
            <numerusform>Delete %n ad spend entry? The costs per click and per follower are computed again without them.</numerusform>
            <numerusform>Delete %n ad spend entries? The costs per click and per follower are computed again without them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/charts.py" line="147" />
        <location filename="../../ui/dashboard/charts.py" line="165" />
        <location filename="../../ui/dashboard/charts.py" line="231" />
        <location filename="../../ui/report/monthly.py" line="286" />
        <location filename="../../ui/report/monthly.py" line="335" />
        <source>%n posts</source>
        <translation>
            <numerusform>%n post</numerusform>
            <numerusform>%n posts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/charts.py" line="150" />
        <source>%n without a reach figure left out</source>
        <translation>
            <numerusform>%n without a reach figure left out</numerusform>
            <numerusform>%n without a reach figure left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/charts.py" line="232" />
        <location filename="../../ui/report/labels.py" line="221" />
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/import_dialog.py" line="253" />
        <source>%n rows to import</source>
        <translation>
            <numerusform>%n row to import</numerusform>
            <numerusform>%n rows to import</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/import_dialog.py" line="278" />
        <source>Imported %n figures</source>
        <translation>
            <numerusform>Imported %n figure</numerusform>
            <numerusform>Imported %n figures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/import_dialog.py" line="279" />
        <source>%n posts were new to SMM Desk.</source>
        <translation>
            <numerusform>%n post was new to SMM Desk.</numerusform>
            <numerusform>%n posts were new to SMM Desk.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusBarNotifier</name>
    <message numerus="yes">
        <location filename="../../ui/publishing/notifier.py" line="175" />
        <source>(+%n more)</source>
        <translation>
            <numerusform>(+%n more)</numerusform>
            <numerusform>(+%n more)</numerusform>
        </translation>
    </message>
</context>
<context><name>PlanModels</name><message numerus="yes"><source>%n post(s)</source><translation><numerusform>%n post</numerusform><numerusform>%n posts</numerusform></translation></message></context><context><name>PlanUndo</name><message numerus="yes"><source>Move %n day(s) earlier</source><translation><numerusform>Move %n day earlier</numerusform><numerusform>Move %n days earlier</numerusform></translation></message><message numerus="yes"><source>Move %n day(s) later</source><translation><numerusform>Move %n day later</numerusform><numerusform>Move %n days later</numerusform></translation></message></context></TS>