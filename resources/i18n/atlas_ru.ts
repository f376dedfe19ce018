<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
    <context>
        <name>App</name>
        <message>
            <source>You can go on using the atlas, but bookmarks and notes made now will be lost when it closes.</source>
            <translation>Атласом можно пользоваться и дальше, но закладки и заметки, сделанные сейчас, пропадут после его закрытия.</translation>
        </message>
        <message>
            <source>The atlas database cannot be opened.</source>
            <translation>Не удаётся открыть базу данных атласа.</translation>
        </message>
        <message>
            <source>Reinstall the application, or start it with --db pointing to a valid atlas database.</source>
            <translation>Переустановите приложение или запустите его с параметром --db, указав правильную базу данных атласа.</translation>
        </message>
        <message>
            <source>Bookmarks file repaired</source>
            <translation>Файл закладок восстановлен</translation>
        </message>
        <message>
            <source>Bookmarks will not be saved</source>
            <translation>Закладки не будут сохранены</translation>
        </message>
    </context>
    <context>
        <name>BookmarksModel</name>
        <message>
            <source>Entry</source>
            <translation>Запись</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Заметка</translation>
        </message>
        <message>
            <source>Bookmarked</source>
            <translation>Добавлено</translation>
        </message>
        <message>
            <source>No note yet</source>
            <translation>Заметки пока нет</translation>
        </message>
    </context>
    <context>
        <name>BookmarksView</name>
        <message>
            <source>Bookmarks</source>
            <translation>Закладки</translation>
        </message>
        <message>
            <source>Note on the selected bookmark</source>
            <translation>Заметка к выбранной закладке</translation>
        </message>
        <message>
            <source>Select a bookmark to read or write its note.</source>
            <translation>Выберите закладку, чтобы прочитать или написать заметку к ней.</translation>
        </message>
        <message>
            <source>Save note</source>
            <translation>Сохранить заметку</translation>
        </message>
        <message>
            <source>Save the note (Ctrl+S)</source>
            <translation>Сохранить заметку (Ctrl+S)</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Открыть</translation>
        </message>
        <message>
            <source>Open bookmark</source>
            <translation>Открыть закладку</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <source>Remove bookmark</source>
            <translation>Удалить закладку</translation>
        </message>
        <message>
            <source>Remove the selected bookmark and its note (Delete)</source>
            <translation>Удалить выбранную закладку вместе с заметкой (Delete)</translation>
        </message>
        <message>
            <source>Export Markdown…</source>
            <translation>В Markdown…</translation>
        </message>
        <message>
            <source>Export bookmarks as Markdown</source>
            <translation>Экспорт закладок в Markdown</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>В CSV…</translation>
        </message>
        <message>
            <source>Export bookmarks as CSV</source>
            <translation>Экспорт закладок в CSV</translation>
        </message>
        <message>
            <source>Print all…</source>
            <translation>Печать всех…</translation>
        </message>
        <message>
            <source>Print all bookmarks</source>
            <translation>Печать всех закладок</translation>
        </message>
        <message>
            <source>Print or save as PDF the summaries of every bookmarked entry</source>
            <translation>Напечатать или сохранить в PDF краткие изложения всех записей из закладок</translation>
        </message>
        <message>
            <source>1 bookmark</source>
            <translation>1 закладка</translation>
        </message>
        <message>
            <source>{n} bookmarks</source>
            <translation>Закладок: {n}</translation>
        </message>
        <message>
            <source>read-only: changes cannot be saved</source>
            <translation>только для чтения: изменения не сохраняются</translation>
        </message>
        <message>
            <source>not saved: the bookmarks file could not be opened</source>
            <translation>не сохраняются: не удалось открыть файл закладок</translation>
        </message>
        <message>
            <source>Note on “{title}”</source>
            <translation>Заметка к записи «{title}»</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Заметка</translation>
        </message>
        <message>
            <source>Note not saved</source>
            <translation>Заметка не сохранена</translation>
        </message>
        <message>
            <source>Note saved</source>
            <translation>Заметка сохранена</translation>
        </message>
        <message>
            <source>Bookmark not removed</source>
            <translation>Закладка не удалена</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Экспорт не удался</translation>
        </message>
        <message>
            <source>Exported to {name}</source>
            <translation>Экспортировано: {name}</translation>
        </message>
    </context>
    <context>
        <name>Dates</name>
        <message>
            <source>date unknown</source>
            <translation>дата неизвестна</translation>
        </message>
    </context>
    <context>
        <name>EntryPage</name>
        <message>
            <source>This is a translation from English; the English text is authoritative. Where a field has no translation yet, the English is shown.</source>
            <translation>Это перевод с английского; определяющим является английский текст. Где перевода ещё нет, показан английский.</translation>
        </message>
        <message>
            <source>Not confirmed since {date}: the sources do not say whether the rule still applies.</source>
            <translation>Не подтверждено с {date}: источники не сообщают, действует ли эта норма до сих пор.</translation>
        </message>
        <message>
            <source>what else cites it</source>
            <translation>что ещё на него ссылается</translation>
        </message>
        <message>
            <source>Figure</source>
            <translation>Показатель</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>До</translation>
        </message>
        <message>
            <source>After</source>
            <translation>После</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Единица</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Источник</translation>
        </message>
        <message>
            <source>plot</source>
            <translation>график</translation>
        </message>
        <message>
            <source>{status} by {entry}</source>
            <translation>{status} (см. {entry})</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>Статус:</translation>
        </message>
        <message>
            <source>Confidence:</source>
            <translation>Достоверность:</translation>
        </message>
        <message>
            <source>Replaces:</source>
            <translation>Заменяет:</translation>
        </message>
        <message>
            <source>Bookmarked</source>
            <translation>В закладках</translation>
        </message>
        <message>
            <source>Your note</source>
            <translation>Ваша заметка</translation>
        </message>
        <message>
            <source>Figures</source>
            <translation>Цифры</translation>
        </message>
        <message>
            <source>Assessments</source>
            <translation>Оценки</translation>
        </message>
        <message>
            <source>Indicator series</source>
            <translation>Ряды показателей</translation>
        </message>
        <message>
            <source>Institutions</source>
            <translation>Институты</translation>
        </message>
        <message>
            <source>Related entries</source>
            <translation>Связанные записи</translation>
        </message>
        <message>
            <source>Note on sources</source>
            <translation>Примечание об источниках</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Источники</translation>
        </message>
        <message>
            <source>Entries about this institution ({n})</source>
            <translation>Записи об этом институте ({n})</translation>
        </message>
        <message>
            <source>Entry</source>
            <translation>Запись</translation>
        </message>
        <message>
            <source>Open entry: {target}</source>
            <translation>Открыть запись: {target}</translation>
        </message>
        <message>
            <source>Entries about this institution: {target}</source>
            <translation>Записи об этом институте: {target}</translation>
        </message>
        <message>
            <source>Plot this series in Indicators: {target}</source>
            <translation>Показать ряд в разделе «Показатели»: {target}</translation>
        </message>
        <message>
            <source>Show in Sources: </source>
            <translation>Показать в источниках: </translation>
        </message>
        <message>
            <source>Show in the Glossary: </source>
            <translation>Показать в глоссарии: </translation>
        </message>
        <message>
            <source>Search for: </source>
            <translation>Искать: </translation>
        </message>
        <message>
            <source>Opens in your web browser: {target}</source>
            <translation>Откроется в веб-браузере: {target}</translation>
        </message>
        <message>
            <source>Institutions:</source>
            <translation>Институты:</translation>
        </message>
    </context>
    <context>
        <name>EntryPanel</name>
        <message>
            <source>Kazakhstan Reform Atlas</source>
            <translation>Атлас реформ Казахстана</translation>
        </message>
        <message>
            <source>Choose a result to read it here. Type to search; the filters on the left narrow the list.</source>
            <translation>Выберите результат, чтобы прочитать его здесь. Введите текст для поиска; фильтры слева сужают список.</translation>
        </message>
        <message>
            <source>Keys: &lt;b&gt;Ctrl+F&lt;/b&gt; or &lt;b&gt;/&lt;/b&gt; search, &lt;b&gt;↓&lt;/b&gt; results, &lt;b&gt;Enter&lt;/b&gt; open, &lt;b&gt;Alt+←&lt;/b&gt; back, &lt;b&gt;Ctrl+D&lt;/b&gt; bookmark, &lt;b&gt;Ctrl+P&lt;/b&gt; print.</source>
            <translation>Клавиши: &lt;b&gt;Ctrl+F&lt;/b&gt; или &lt;b&gt;/&lt;/b&gt; — поиск, &lt;b&gt;↓&lt;/b&gt; — результаты, &lt;b&gt;Enter&lt;/b&gt; — открыть, &lt;b&gt;Alt+←&lt;/b&gt; — назад, &lt;b&gt;Ctrl+D&lt;/b&gt; — закладка, &lt;b&gt;Ctrl+P&lt;/b&gt; — печать.</translation>
        </message>
        <message>
            <source>Help → Keyboard shortcuts lists them all.</source>
            <translation>Полный список: Справка → Сочетания клавиш.</translation>
        </message>
        <message>
            <source>Bookmark this entry (Ctrl+D)</source>
            <translation>Добавить запись в закладки (Ctrl+D)</translation>
        </message>
        <message>
            <source>Note…</source>
            <translation>Заметка…</translation>
        </message>
        <message>
            <source>Write a note on this entry; bookmarks it (Ctrl+Shift+N)</source>
            <translation>Написать заметку к записи; запись попадёт в закладки (Ctrl+Shift+N)</translation>
        </message>
        <message>
            <source>Copy citation</source>
            <translation>Копировать ссылку</translation>
        </message>
        <message>
            <source>Copy a plain-text citation with the data version (Ctrl+Shift+C)</source>
            <translation>Скопировать библиографическую ссылку с версией данных (Ctrl+Shift+C)</translation>
        </message>
        <message>
            <source>The bookmarks file is read-only: bookmarks and notes cannot be saved</source>
            <translation>Файл закладок доступен только для чтения: закладки и заметки не сохраняются</translation>
        </message>
        <message>
            <source>Plain text</source>
            <translation>Обычный текст</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Заметка</translation>
        </message>
        <message>
            <source>Entry</source>
            <translation>Запись</translation>
        </message>
        <message>
            <source>Entry actions</source>
            <translation>Действия с записью</translation>
        </message>
        <message>
            <source>Not found</source>
            <translation>Не найдено</translation>
        </message>
        <message>
            <source>There is no entry “{id}” in this version of the data.</source>
            <translation>В этой версии данных нет записи «{id}».</translation>
        </message>
        <message>
            <source>No institution “{id}”.</source>
            <translation>Института «{id}» нет.</translation>
        </message>
        <message>
            <source>Source [%1]: </source>
            <translation>Источник [%1]: </translation>
        </message>
        <message>
            <source>Bookmarked ★</source>
            <translation>В закладках ★</translation>
        </message>
        <message>
            <source>Bookmark ☆</source>
            <translation>В закладки ☆</translation>
        </message>
        <message>
            <source>Bookmarked</source>
            <translation>В закладках</translation>
        </message>
        <message>
            <source>Bookmark</source>
            <translation>В закладки</translation>
        </message>
        <message>
            <source>Bookmark removed: {title}</source>
            <translation>Закладка удалена: {title}</translation>
        </message>
        <message>
            <source>Bookmarked: {title}</source>
            <translation>Добавлено в закладки: {title}</translation>
        </message>
        <message>
            <source>Bookmark not saved</source>
            <translation>Закладка не сохранена</translation>
        </message>
        <message>
            <source>Note saved</source>
            <translation>Заметка сохранена</translation>
        </message>
        <message>
            <source>Note not saved</source>
            <translation>Заметка не сохранена</translation>
        </message>
        <message>
            <source>Citation copied to the clipboard as {format}</source>
            <translation>Ссылка скопирована в буфер обмена. Формат: {format}</translation>
        </message>
        <message>
            <source>Citation copied to the clipboard</source>
            <translation>Ссылка скопирована в буфер обмена</translation>
        </message>
    </context>
    <context>
        <name>FacetPanel</name>
        <message>
            <source>Category</source>
            <translation>Категория</translation>
        </message>
        <message>
            <source>Reform package</source>
            <translation>Пакет реформ</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Год</translation>
        </message>
        <message>
            <source>Institution</source>
            <translation>Институт</translation>
        </message>
        <message>
            <source>Filter</source>
            <translation>Фильтр</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>Число</translation>
        </message>
        <message>
            <source>{dimension} filters</source>
            <translation>Фильтры: {dimension}</translation>
        </message>
        <message>
            <source>(active filter: activate again to remove)</source>
            <translation>(фильтр включён: выберите ещё раз, чтобы снять)</translation>
        </message>
        <message>
            <source>{dimension}: {value} — results: {count}</source>
            <translation>{dimension}: {value} — результатов: {count}</translation>
        </message>
        <message>
            <source>{dimension} {value}, results: {count}</source>
            <translation>{dimension} {value}, результатов: {count}</translation>
        </message>
        <message>
            <source>filter on</source>
            <translation>фильтр включён</translation>
        </message>
        <message>
            <source>Filters</source>
            <translation>Фильтры</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>Сбросить фильтры</translation>
        </message>
        <message>
            <source>Remove every filter (Ctrl+Shift+X)</source>
            <translation>Снять все фильтры (Ctrl+Shift+X)</translation>
        </message>
        <message>
            <source>Counts per category, reform package, year and institution for the current search. Enter or Space turns a filter on or off.</source>
            <translation>Число результатов текущего поиска по категориям, пакетам реформ, годам и институтам. Enter или пробел включает или выключает фильтр.</translation>
        </message>
        <message>
            <source>Active filters</source>
            <translation>Включённые фильтры</translation>
        </message>
    </context>
    <context>
        <name>GlossaryView</name>
        <message>
            <source>Spellings</source>
            <translation>Написания</translation>
        </message>
        <message>
            <source>Institution</source>
            <translation>Институт</translation>
        </message>
        <message>
            <source>Entries that mention it</source>
            <translation>Записи, где он упоминается</translation>
        </message>
        <message>
            <source>Search for “%1”</source>
            <translation>Искать «%1»</translation>
        </message>
        <message>
            <source>No entry mentions this term.</source>
            <translation>Ни одна запись не упоминает этот термин.</translation>
        </message>
        <message>
            <source>Entries about %1</source>
            <translation>Записи об органе: %1</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Источники</translation>
        </message>
        <message>
            <source>Filter terms (any spelling: English, Russian, Kazakh)</source>
            <translation>Фильтр терминов (любое написание: английское, русское, казахское)</translation>
        </message>
        <message>
            <source>Filter glossary</source>
            <translation>Фильтр глоссария</translation>
        </message>
        <message>
            <source>Glossary terms</source>
            <translation>Термины глоссария</translation>
        </message>
        <message>
            <source>Term details</source>
            <translation>Сведения о термине</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 из %2</translation>
        </message>
        <message>
            <source>%1 terms</source>
            <translation>Терминов: %1</translation>
        </message>
        <message>
            <source>No term matches the filter.</source>
            <translation>Ни один термин не подходит под фильтр.</translation>
        </message>
    </context>
    <context>
        <name>GraphTools</name>
        <message>
            <source>All &amp;labels</source>
            <translation>Все &amp;подписи</translation>
        </message>
        <message>
            <source>Label every arrow</source>
            <translation>Подписать каждую стрелку</translation>
        </message>
        <message>
            <source>Off: only the selected body's arrows are labelled; the legend names the colours. On: every arrow that has room.</source>
            <translation>Выкл.: подписаны только стрелки выбранного органа, цвета объясняет легенда. Вкл.: все стрелки, для подписи которых есть место.</translation>
        </message>
        <message>
            <source>&amp;Relations</source>
            <translation>Св&amp;язи</translation>
        </message>
        <message>
            <source>Relation types shown</source>
            <translation>Показанные виды связей</translation>
        </message>
        <message>
            <source>Choose which kinds of relation the graph draws</source>
            <translation>Выберите, какие виды связей показывает схема</translation>
        </message>
        <message>
            <source>Show all</source>
            <translation>Показать все</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Увеличить</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Уменьшить</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>По размеру</translation>
        </message>
        <message>
            <source>Zoom to fit</source>
            <translation>Вписать в окно</translation>
        </message>
        <message>
            <source>&amp;Relations ({shown} of {total})</source>
            <translation>Св&amp;язи ({shown} из {total})</translation>
        </message>
    </context>
    <context>
        <name>HelpDialogs</name>
        <message>
            <source>Search (when the reading pane or a list has focus)</source>
            <translation>Поиск (когда фокус на панели чтения или в списке)</translation>
        </message>
        <message>
            <source>↓ in the search field</source>
            <translation>↓ в поле поиска</translation>
        </message>
        <message>
            <source>Move to the results</source>
            <translation>Перейти к результатам</translation>
        </message>
        <message>
            <source>Open the current result, timeline entry or bookmark</source>
            <translation>Открыть текущий результат, запись хронологии или закладку</translation>
        </message>
        <message>
            <source>Escape in the search field</source>
            <translation>Escape в поле поиска</translation>
        </message>
        <message>
            <source>Clear the search</source>
            <translation>Очистить поиск</translation>
        </message>
        <message>
            <source>Enter or Space in Filters</source>
            <translation>Enter или пробел в фильтрах</translation>
        </message>
        <message>
            <source>Turn a filter on or off</source>
            <translation>Включить или выключить фильтр</translation>
        </message>
        <message>
            <source>Move between the search field, results, filters and the reading pane; in the reading pane, between its links (Enter follows a link)</source>
            <translation>Переход между полем поиска, результатами, фильтрами и панелью чтения; в панели чтения — между ссылками (Enter открывает ссылку)</translation>
        </message>
        <message>
            <source>Ctrl+Tab / Ctrl+Shift+Tab in the reading pane</source>
            <translation>Ctrl+Tab / Ctrl+Shift+Tab в области чтения</translation>
        </message>
        <message>
            <source>Leave the page for the next or previous control</source>
            <translation>Перейти со страницы к следующему или предыдущему элементу</translation>
        </message>
        <message>
            <source>Delete in Bookmarks</source>
            <translation>Delete в закладках</translation>
        </message>
        <message>
            <source>Remove the selected bookmark</source>
            <translation>Удалить выбранную закладку</translation>
        </message>
        <message>
            <source>Ctrl+S in a bookmark's note</source>
            <translation>Ctrl+S в заметке к закладке</translation>
        </message>
        <message>
            <source>Save the note</source>
            <translation>Сохранить заметку</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Клавиши</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Действие</translation>
        </message>
        <message>
            <source>In lists and fields</source>
            <translation>В списках и полях</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Сочетания клавиш</translation>
        </message>
        <message>
            <source>Data reviewed as of {date}</source>
            <translation>Данные проверены на {date}</translation>
        </message>
        <message>
            <source>Every entry, figure and power relation cites its sources; they are listed under each entry. The atlas is compiled from {count} public sources: official texts of the Constitution and laws, government and parliament publications, news agencies and international organisations.</source>
            <translation>Каждая запись, каждый показатель и каждое полномочие ссылаются на источники; они перечислены под каждой записью. Атлас составлен по открытым источникам (их {count}): официальные тексты Конституции и законов, публикации правительства и парламента, информационные агентства и международные организации.</translation>
        </message>
        <message>
            <source>Version {version}</source>
            <translation>Версия {version}</translation>
        </message>
        <message>
            <source>Data version {version}</source>
            <translation>Версия данных {version}</translation>
        </message>
        <message>
            <source>Entries: {count}</source>
            <translation>Записей: {count}</translation>
        </message>
        <message>
            <source>Where the data comes from</source>
            <translation>Откуда данные</translation>
        </message>
        <message>
            <source>Among the publishers:</source>
            <translation>Среди издателей:</translation>
        </message>
        <message>
            <source>Where the founding article (2024) and later sources disagree, both are kept and the entry says so in its Note on sources. Confidence (high, medium, low) is shown with each entry.</source>
            <translation>Где исходная статья (2024) и более поздние источники расходятся, сохранены обе версии, и запись говорит об этом в примечании об источниках. У каждой записи указана достоверность (высокая, средняя, низкая).</translation>
        </message>
        <message>
            <source>The app works offline: it reads a database bundled with it and never connects to the network. Your bookmarks and notes are kept in a separate file on this computer.</source>
            <translation>Приложение работает без интернета: оно читает поставляемую с ним базу данных и никогда не подключается к сети. Ваши закладки и заметки хранятся в отдельном файле на этом компьютере.</translation>
        </message>
        <message>
            <source>The interface and the entries are translated from English; the English text is authoritative.</source>
            <translation>Интерфейс и записи переведены с английского; определяющим является английский текст.</translation>
        </message>
        <message>
            <source>About</source>
            <translation>О программе</translation>
        </message>
    </context>
    <context>
        <name>HistoryModel</name>
        <message>
            <source>Institution: {name}</source>
            <translation>Институт: {name}</translation>
        </message>
    </context>
    <context>
        <name>Indicators</name>
        <message>
            <source>Source:</source>
            <translation>Источник:</translation>
        </message>
        <message>
            <source>Arrow keys step through the points; Up and Down change series.</source>
            <translation>Клавиши со стрелками переходят по точкам; вверх и вниз — между рядами.</translation>
        </message>
        <message>
            <source>Point {n} of {count}.</source>
            <translation>Точка {n} из {count}.</translation>
        </message>
        <message>
            <source>Data table of the series shown</source>
            <translation>Таблица данных показанных рядов</translation>
        </message>
        <message>
            <source>Series</source>
            <translation>Ряд</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Значение</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <source>Publisher</source>
            <translation>Издатель</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Заметка</translation>
        </message>
        <message>
            <source>rank {rank} of {total}</source>
            <translation>место {rank} из {total}</translation>
        </message>
        <message>
            <source>rank {rank}</source>
            <translation>место {rank}</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>Примечание:</translation>
        </message>
        <message>
            <source>{name}: no points.</source>
            <translation>{name}: нет точек.</translation>
        </message>
        <message>
            <source>{name}, {unit}, {years}, {count} points. Lowest {low} ({low_when}), highest {high} ({high_when}), last {last} ({last_when}).</source>
            <translation>{name}, {unit}, {years}, точек: {count}. Наименьшее {low} ({low_when}), наибольшее {high} ({high_when}), последнее {last} ({last_when}).</translation>
        </message>
        <message>
            <source>no points</source>
            <translation>нет точек</translation>
        </message>
        <message>
            <source>1 point</source>
            <translation>1 точка</translation>
        </message>
        <message>
            <source>{n} points</source>
            <translation>точек: {n}</translation>
        </message>
        <message>
            <source>Entries citing this series</source>
            <translation>Записи, ссылающиеся на этот ряд</translation>
        </message>
        <message>
            <source>No entry cites this series.</source>
            <translation>Ни одна запись не ссылается на этот ряд.</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Источники</translation>
        </message>
        <message>
            <source>Chart of the selected series</source>
            <translation>График выбранного ряда</translation>
        </message>
        <message>
            <source>{unit} (of {total})</source>
            <translation>{unit} (из {total})</translation>
        </message>
        <message>
            <source> (log scale)</source>
            <translation> (логарифмическая шкала)</translation>
        </message>
        <message>
            <source>{series} target</source>
            <translation>{series}: цель</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Цель</translation>
        </message>
        <message>
            <source>{first} compared with {second}</source>
            <translation>{first} в сравнении с рядом «{second}»</translation>
        </message>
        <message>
            <source>Unit:</source>
            <translation>Единица:</translation>
        </message>
        <message>
            <source>Reform events marked:</source>
            <translation>Отмечены события реформ:</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Точки</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Источник</translation>
        </message>
        <message>
            <source>(not in the sources table)</source>
            <translation>(нет в таблице источников)</translation>
        </message>
        <message>
            <source>each value as its source gives it; nothing between two points is interpolated.</source>
            <translation>каждое значение приведено так, как его даёт источник; между точками ничего не интерполируется.</translation>
        </message>
        <message>
            <source>Filter series…</source>
            <translation>Фильтр рядов…</translation>
        </message>
        <message>
            <source>Filter indicator series</source>
            <translation>Фильтр рядов показателей</translation>
        </message>
        <message>
            <source>Indicator series</source>
            <translation>Ряды показателей</translation>
        </message>
        <message>
            <source>Compare with another series of the same unit</source>
            <translation>Сравнить с другим рядом в той же единице</translation>
        </message>
        <message>
            <source>Reform events</source>
            <translation>События реформ</translation>
        </message>
        <message>
            <source>Mark the reform packages, referendums and the 2026 Constitution</source>
            <translation>Отметить пакеты реформ, референдумы и Конституцию 2026 года</translation>
        </message>
        <message>
            <source>Log scale</source>
            <translation>Логарифмическая шкала</translation>
        </message>
        <message>
            <source>Table</source>
            <translation>Таблица</translation>
        </message>
        <message>
            <source>Show the points of the chart as a table</source>
            <translation>Показать точки графика таблицей</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Экспорт</translation>
        </message>
        <message>
            <source>Image (PNG)…</source>
            <translation>Изображение (PNG)…</translation>
        </message>
        <message>
            <source>Data (CSV)…</source>
            <translation>Данные (CSV)…</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Печать…</translation>
        </message>
        <message>
            <source>Compare with:</source>
            <translation>Сравнить с:</translation>
        </message>
        <message>
            <source>About this series: sources and entries citing it</source>
            <translation>Об этом ряде: источники и записи, которые на него ссылаются</translation>
        </message>
        <message>
            <source>No indicator series</source>
            <translation>Нет рядов показателей</translation>
        </message>
    </context>
    <context>
        <name>IndicatorsView</name>
        <message>
            <source>Chart of the selected series</source>
            <translation>График выбранного ряда</translation>
        </message>
        <message>
            <source>No comparison</source>
            <translation>Без сравнения</translation>
        </message>
        <message>
            <source>Not offered: the series has zero or negative values, or is a percentage or rank best read on a plain scale</source>
            <translation>Недоступно: в ряду есть нулевые или отрицательные значения, либо это проценты или место в рейтинге, которые лучше читать на обычной шкале</translation>
        </message>
        <message>
            <source>Print chart</source>
            <translation>Печать графика</translation>
        </message>
        <message>
            <source>Printing the chart…</source>
            <translation>Печать графика…</translation>
        </message>
        <message>
            <source>Sent the chart to the printer</source>
            <translation>График отправлен на принтер</translation>
        </message>
        <message>
            <source>Export chart image</source>
            <translation>Экспорт изображения графика</translation>
        </message>
        <message>
            <source>PNG image (*.png)</source>
            <translation>Изображение PNG (*.png)</translation>
        </message>
        <message>
            <source>Exporting the chart image…</source>
            <translation>Экспорт изображения графика…</translation>
        </message>
        <message>
            <source>Saved {path}</source>
            <translation>Сохранено: {path}</translation>
        </message>
        <message>
            <source>Export chart data</source>
            <translation>Экспорт данных графика</translation>
        </message>
        <message>
            <source>Exporting the data…</source>
            <translation>Экспорт данных…</translation>
        </message>
        <message>
            <source>Export chart as PDF</source>
            <translation>Экспорт графика в PDF</translation>
        </message>
        <message>
            <source>Exporting the chart to PDF…</source>
            <translation>Экспорт графика в PDF…</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Экспорт</translation>
        </message>
        <message>
            <source>Export cancelled</source>
            <translation>Экспорт отменён</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Экспорт не удался</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Proposed</source>
            <translation>Предложено</translation>
        </message>
        <message>
            <source>Adopted</source>
            <translation>Принято</translation>
        </message>
        <message>
            <source>In force</source>
            <translation>Действует</translation>
        </message>
        <message>
            <source>Superseded</source>
            <translation>Заменено</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Завершено</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Персона</translation>
        </message>
        <message>
            <source>High</source>
            <translation>Высокая</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>Средняя</translation>
        </message>
        <message>
            <source>Low</source>
            <translation>Низкая</translation>
        </message>
        <message>
            <source>positive</source>
            <translation>положительная</translation>
        </message>
        <message>
            <source>mixed</source>
            <translation>неоднозначная</translation>
        </message>
        <message>
            <source>critical</source>
            <translation>критическая</translation>
        </message>
        <message>
            <source>Executive</source>
            <translation>Исполнительная власть</translation>
        </message>
        <message>
            <source>Legislative</source>
            <translation>Законодательная власть</translation>
        </message>
        <message>
            <source>Judicial</source>
            <translation>Судебная власть</translation>
        </message>
        <message>
            <source>Oversight</source>
            <translation>Надзорные органы</translation>
        </message>
        <message>
            <source>Local government</source>
            <translation>Местное управление</translation>
        </message>
        <message>
            <source>Consultative bodies</source>
            <translation>Консультативные органы</translation>
        </message>
        <message>
            <source>Citizens</source>
            <translation>Граждане</translation>
        </message>
        <message>
            <source>appoints / nominates</source>
            <translation>назначает / выдвигает</translation>
        </message>
        <message>
            <source>elects</source>
            <translation>избирает</translation>
        </message>
        <message>
            <source>consents / approves</source>
            <translation>даёт согласие / утверждает</translation>
        </message>
        <message>
            <source>dismisses / dissolves / no confidence</source>
            <translation>освобождает / распускает / недоверие</translation>
        </message>
        <message>
            <source>applies to (access)</source>
            <translation>обращается (доступ)</translation>
        </message>
        <message>
            <source>proposes / recommends</source>
            <translation>предлагает / рекомендует</translation>
        </message>
        <message>
            <source>summons / oversees</source>
            <translation>вызывает / контролирует</translation>
        </message>
        <message>
            <source>gained</source>
            <translation>получено</translation>
        </message>
        <message>
            <source>lost</source>
            <translation>утрачено</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>изменено</translation>
        </message>
        <message>
            <source>unclear</source>
            <translation>неясно</translation>
        </message>
        <message>
            <source>unchanged</source>
            <translation>без изменений</translation>
        </message>
        <message>
            <source>changed conditions</source>
            <translation>изменились условия</translation>
        </message>
        <message>
            <source>unclear: the sources cannot tell</source>
            <translation>неясно: источники не позволяют судить</translation>
        </message>
        <message>
            <source>Actual</source>
            <translation>Факт</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Цель</translation>
        </message>
        <message>
            <source>Estimate</source>
            <translation>Оценка</translation>
        </message>
        <message>
            <source>Forecast</source>
            <translation>Прогноз</translation>
        </message>
        <message>
            <source>Claim (unverified)</source>
            <translation>Заявление (не проверено)</translation>
        </message>
        <message>
            <source>analysis</source>
            <translation>аналитика</translation>
        </message>
        <message>
            <source>article</source>
            <translation>статья</translation>
        </message>
        <message>
            <source>commentary</source>
            <translation>комментарий</translation>
        </message>
        <message>
            <source>legal analysis</source>
            <translation>правовой анализ</translation>
        </message>
        <message>
            <source>legal text</source>
            <translation>правовой акт</translation>
        </message>
        <message>
            <source>news</source>
            <translation>новости</translation>
        </message>
        <message>
            <source>NGO report</source>
            <translation>доклад НКО</translation>
        </message>
        <message>
            <source>official</source>
            <translation>официальный источник</translation>
        </message>
        <message>
            <source>rating</source>
            <translation>рейтинг</translation>
        </message>
        <message>
            <source>reference</source>
            <translation>справочник</translation>
        </message>
        <message>
            <source>statistics</source>
            <translation>статистика</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Search</source>
            <translation>Поиск</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Хронология</translation>
        </message>
        <message>
            <source>Power balance</source>
            <translation>Баланс полномочий</translation>
        </message>
        <message>
            <source>Indicators</source>
            <translation>Показатели</translation>
        </message>
        <message>
            <source>Bookmarks</source>
            <translation>Закладки</translation>
        </message>
        <message>
            <source>Glossary</source>
            <translation>Глоссарий</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Источники</translation>
        </message>
        <message>
            <source>Institution: {name}</source>
            <translation>Институт: {name}</translation>
        </message>
        <message>
            <source>(nothing visited yet)</source>
            <translation>(вы ещё ничего не открывали)</translation>
        </message>
        <message>
            <source>this entry</source>
            <translation>эта запись</translation>
        </message>
        <message>
            <source>1 selected result</source>
            <translation>1 выбранный результат</translation>
        </message>
        <message>
            <source>{n} selected results</source>
            <translation>выбранные результаты ({n})</translation>
        </message>
        <message>
            <source>1 bookmarked entry</source>
            <translation>1 запись из закладок</translation>
        </message>
        <message>
            <source>{n} bookmarked entries</source>
            <translation>записи из закладок ({n})</translation>
        </message>
        <message>
            <source>Text size {percent}%</source>
            <translation>Размер текста {percent}%</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Назад</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>Вперёд</translation>
        </message>
        <message>
            <source>Navigation</source>
            <translation>Навигация</translation>
        </message>
        <message>
            <source>at least {n} entries</source>
            <translation>Записей: не менее {n}</translation>
        </message>
        <message>
            <source>{n} entry</source>
            <translation>{n} запись</translation>
        </message>
        <message>
            <source>{n} entries</source>
            <translation>Записей: {n}</translation>
        </message>
        <message>
            <source>filtered by {filters}</source>
            <translation>фильтры: {filters}</translation>
        </message>
        <message>
            <source>Kazakhstan Reform Atlas</source>
            <translation>Атлас реформ Казахстана</translation>
        </message>
        <message>
            <source>Show {view}</source>
            <translation>Показать раздел «{view}»</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <source>&amp;Print Entry…</source>
            <translation>&amp;Печать записи…</translation>
        </message>
        <message>
            <source>Print the entry shown</source>
            <translation>Напечатать показанную запись</translation>
        </message>
        <message>
            <source>Print Pre&amp;view…</source>
            <translation>Пред&amp;просмотр печати…</translation>
        </message>
        <message>
            <source>&amp;Export Entry as PDF…</source>
            <translation>&amp;Экспорт записи в PDF…</translation>
        </message>
        <message>
            <source>Selected &amp;results</source>
            <translation>Выбранные &amp;результаты</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Печать…</translation>
        </message>
        <message>
            <source>Print Preview…</source>
            <translation>Предпросмотр печати…</translation>
        </message>
        <message>
            <source>Export as PDF…</source>
            <translation>Экспорт в PDF…</translation>
        </message>
        <message>
            <source>All &amp;bookmarks</source>
            <translation>Все &amp;закладки</translation>
        </message>
        <message>
            <source>Export as Markdown…</source>
            <translation>Экспорт в Markdown…</translation>
        </message>
        <message>
            <source>Export as CSV…</source>
            <translation>Экспорт в CSV…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Выход</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Правка</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>&amp;Найти</translation>
        </message>
        <message>
            <source>Search (also /)</source>
            <translation>Поиск (также /)</translation>
        </message>
        <message>
            <source>Clear &amp;filters</source>
            <translation>Сбросить &amp;фильтры</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Вид</translation>
        </message>
        <message>
            <source>&amp;Reading pane</source>
            <translation>Панель &amp;чтения</translation>
        </message>
        <message>
            <source>Show or hide the reading pane</source>
            <translation>Показать или скрыть панель чтения</translation>
        </message>
        <message>
            <source>Zoom &amp;In</source>
            <translation>&amp;Увеличить</translation>
        </message>
        <message>
            <source>Zoom &amp;Out</source>
            <translation>У&amp;меньшить</translation>
        </message>
        <message>
            <source>&amp;Actual Size</source>
            <translation>&amp;Исходный размер</translation>
        </message>
        <message>
            <source>&amp;Dark mode</source>
            <translation>&amp;Тёмная тема</translation>
        </message>
        <message>
            <source>Dark colours on screen (print stays light)</source>
            <translation>Тёмные цвета на экране (печать остаётся светлой)</translation>
        </message>
        <message>
            <source>Follow &amp;system theme</source>
            <translation>Тема &amp;системы</translation>
        </message>
        <message>
            <source>Use the light or dark setting of the system</source>
            <translation>Использовать светлую или тёмную тему системы</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>П&amp;ереход</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Назад</translation>
        </message>
        <message>
            <source>&amp;Forward</source>
            <translation>&amp;Вперёд</translation>
        </message>
        <message>
            <source>&amp;History</source>
            <translation>&amp;История</translation>
        </message>
        <message>
            <source>E&amp;ntry</source>
            <translation>&amp;Запись</translation>
        </message>
        <message>
            <source>Copy citation &amp;as</source>
            <translation>Копировать ссылку &amp;в формате</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Язык</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Справка</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Сочетания клавиш</translation>
        </message>
        <message>
            <source>&amp;About {app}</source>
            <translation>&amp;О программе «{app}»</translation>
        </message>
    </context>
    <context>
        <name>NoteDialog</name>
        <message>
            <source>Note</source>
            <translation>Заметка</translation>
        </message>
        <message>
            <source>Your note on “{title}”</source>
            <translation>Ваша заметка к записи «{title}»</translation>
        </message>
        <message>
            <source>Notes are stored on this computer only, with your bookmarks.</source>
            <translation>Заметки хранятся только на этом компьютере, вместе с закладками.</translation>
        </message>
    </context>
    <context>
        <name>Paper</name>
        <message>
            <source>Kazakhstan Reform Atlas</source>
            <translation>Атлас реформ Казахстана</translation>
        </message>
        <message>
            <source>Data version {version}</source>
            <translation>Версия данных {version}</translation>
        </message>
        <message>
            <source>Printing page {page} of {pages}</source>
            <translation>Печать страницы {page} из {pages}</translation>
        </message>
        <message>
            <source>page {page} of {pages}</source>
            <translation>страница {page} из {pages}</translation>
        </message>
    </context>
    <context>
        <name>PowerBalance</name>
        <message>
            <source>Powers on {date}: {count} relations shown.</source>
            <translation>Полномочия на {date}: показано связей: {count}.</translation>
        </message>
        <message>
            <source>Changes from {start} to {end}: {count} relations shown, {gained} gained, {lost} lost, {changed} changed.</source>
            <translation>Изменения: {start} → {end}. Показано связей: {count}; получено: {gained}, утрачено: {lost}, изменено: {changed}.</translation>
        </message>
        <message>
            <source>{count} labels left out for lack of room; the table lists every relation.</source>
            <translation>Подписей не показано из-за нехватки места: {count}; в таблице есть все связи.</translation>
        </message>
        <message>
            <source>Hidden relation types: {types}.</source>
            <translation>Скрытые виды связей: {types}.</translation>
        </message>
        <message>
            <source>Current body: {name} ({branch}).</source>
            <translation>Текущий орган: {name} ({branch}).</translation>
        </message>
        <message>
            <source>Selected: {name}, {count} relations:</source>
            <translation>Выбран: {name}; связей: {count}:</translation>
        </message>
        <message>
            <source>Arrow keys move between bodies, Enter lists a body's powers, Space selects it; the Table tab lists every relation.</source>
            <translation>Клавиши со стрелками переходят между органами, Enter показывает полномочия органа, пробел выбирает его; вкладка «Таблица» перечисляет все связи.</translation>
        </message>
        <message>
            <source>Click to list its powers then and now.</source>
            <translation>Щёлкните, чтобы увидеть его полномочия тогда и сейчас.</translation>
        </message>
        <message>
            <source>(disputed)</source>
            <translation>(оспаривается)</translation>
        </message>
        <message>
            <source>Powers on {date}</source>
            <translation>Полномочия на {date}</translation>
        </message>
        <message>
            <source>unconfirmed by later sources</source>
            <translation>не подтверждено поздними источниками</translation>
        </message>
        <message>
            <source>Changes {start} → {end}</source>
            <translation>Изменения: {start} → {end}</translation>
        </message>
        <message>
            <source>Dashed grey boxes: bodies that do not
exist on the date shown.</source>
            <translation>Серые пунктирные рамки: органы, которых
нет на показанную дату.</translation>
        </message>
        <message>
            <source>was:</source>
            <translation>было:</translation>
        </message>
        <message>
            <source>Valid:</source>
            <translation>Действует:</translation>
        </message>
        <message>
            <source>Not confirmed: the sources from {date} on do not mention it.</source>
            <translation>Не подтверждено: источники начиная с {date} об этом не упоминают.</translation>
        </message>
        <message>
            <source>Reform: {title} (click to open)</source>
            <translation>Реформа: {title} (щёлкните, чтобы открыть)</translation>
        </message>
        <message>
            <source>Sources:</source>
            <translation>Источники:</translation>
        </message>
        <message>
            <source>Disputed by:</source>
            <translation>Оспаривают:</translation>
        </message>
        <message>
            <source>Confidence:</source>
            <translation>Достоверность:</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>Примечание:</translation>
        </message>
        <message>
            <source>sources:</source>
            <translation>источники:</translation>
        </message>
        <message>
            <source>disputed by</source>
            <translation>оспаривают</translation>
        </message>
        <message>
            <source>unconfirmed from {date}</source>
            <translation>не подтверждено с {date}</translation>
        </message>
        <message>
            <source>confidence: {level}</source>
            <translation>достоверность: {level}</translation>
        </message>
        <message>
            <source>Recorded relations: {relations}, among bodies that exist on this date: {bodies}.</source>
            <translation>Записанных связей: {relations}; органов, существующих на эту дату: {bodies}.</translation>
        </message>
        <message>
            <source>How to read it.</source>
            <translation>Как читать схему.</translation>
        </message>
        <message>
            <source>Each arrow goes from the body that holds a power to the body it is held over. Hover over an arrow for its details and sources; click it to open the reform that introduced or ended it. Click a body to list its powers then and now. Dotted arrows rest on earlier rules that the newer sources do not mention.</source>
            <translation>Каждая стрелка идёт от органа, обладающего полномочием, к органу, в отношении которого оно действует. Наведите указатель на стрелку, чтобы увидеть подробности и источники; щёлкните её, чтобы открыть реформу, которая ввела или отменила полномочие. Щёлкните орган, чтобы увидеть его полномочия тогда и сейчас. Пунктирные стрелки опираются на прежние нормы, о которых новые источники не упоминают.</translation>
        </message>
        <message>
            <source>The legend names each colour and line. Select a body (click it, or move to it with the arrow keys and press Enter) to label its relations and fade the rest; Escape goes back. All labels labels every arrow that has room.</source>
            <translation>Легенда объясняет каждый цвет и линию. Выберите орган (щелчком или стрелками и клавишей Enter), чтобы подписать его связи и приглушить остальные; Escape возвращает обратно. «Все подписи» подписывают каждую стрелку, для которой есть место.</translation>
        </message>
        <message>
            <source>Relations are recorded only as far as the sources state them. Counts are not a measure of strength.</source>
            <translation>Связи записаны лишь настолько, насколько о них говорят источники. Количество не является мерой силы.</translation>
        </message>
        <message>
            <source>No change.</source>
            <translation>Изменений нет.</translation>
        </message>
        <message>
            <source>the sources cannot tell</source>
            <translation>источники не позволяют судить</translation>
        </message>
        <message>
            <source>exists {start} – {end}</source>
            <translation>существует: {start} – {end}</translation>
        </message>
        <message>
            <source>before 2019</source>
            <translation>до 2019 г.</translation>
        </message>
        <message>
            <source>today</source>
            <translation>сегодня</translation>
        </message>
        <message>
            <source>back to overview</source>
            <translation>назад к обзору</translation>
        </message>
        <message>
            <source>its powers over others</source>
            <translation>его полномочия в отношении других</translation>
        </message>
        <message>
            <source>checks on it</source>
            <translation>сдержки в отношении него</translation>
        </message>
        <message>
            <source>Then</source>
            <translation>Тогда</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Сейчас</translation>
        </message>
        <message>
            <source>On</source>
            <translation>На дату</translation>
        </message>
        <message>
            <source>Does not exist on this date.</source>
            <translation>На эту дату не существует.</translation>
        </message>
        <message>
            <source>none recorded</source>
            <translation>ничего не записано</translation>
        </message>
        <message>
            <source>Holds</source>
            <translation>Полномочия</translation>
        </message>
        <message>
            <source>Checked by</source>
            <translation>Кто его сдерживает</translation>
        </message>
        <message>
            <source>Compared with the {name} (replaced {date})</source>
            <translation>В сравнении с органом «{name}» (заменён {date})</translation>
        </message>
        <message>
            <source>On {after} the {new} can do what the {old} could not on {before}:</source>
            <translation>Что «{new}» может на {after}, чего «{old}» не мог на {before}:</translation>
        </message>
        <message>
            <source>nothing recorded</source>
            <translation>ничего не записано</translation>
        </message>
        <message>
            <source>The {old} could, and the {new} cannot (as recorded):</source>
            <translation>Что мог «{old}» и не может «{new}» (по записям):</translation>
        </message>
        <message>
            <source>Both:</source>
            <translation>Оба:</translation>
        </message>
        <message>
            <source>Of these, {n} are described only under the 2026 Constitution; the sources do not say whether another body held them before.</source>
            <translation>Из них {n} описаны только по Конституции 2026 года; источники не говорят, принадлежали ли они раньше другому органу.</translation>
        </message>
        <message>
            <source>between {start} and {end}</source>
            <translation>между {start} и {end}</translation>
        </message>
        <message>
            <source>Introduced by:</source>
            <translation>Введено:</translation>
        </message>
        <message>
            <source>Ended by:</source>
            <translation>Отменено:</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Источники</translation>
        </message>
        <message>
            <source>Disputed by</source>
            <translation>Оспаривают</translation>
        </message>
        <message>
            <source>overview</source>
            <translation>обзор</translation>
        </message>
        <message>
            <source>Power balance: changes {start} → {end}</source>
            <translation>Баланс полномочий: изменения {start} → {end}</translation>
        </message>
        <message>
            <source>Power balance on {date}</source>
            <translation>Баланс полномочий на {date}</translation>
        </message>
        <message>
            <source>{heading}: relations: {n}</source>
            <translation>{heading}: связей: {n}</translation>
        </message>
        <message>
            <source>each relation with its sources on the following pages</source>
            <translation>каждая связь с источниками — на следующих страницах</translation>
        </message>
        <message>
            <source>from {start}</source>
            <translation>с {start}</translation>
        </message>
        <message>
            <source>(unconfirmed from {date})</source>
            <translation>(не подтверждено с {date})</translation>
        </message>
        <message>
            <source>{name} holds powers: {count}, over institutions: {over}:</source>
            <translation>{name}: полномочий — {count}, в отношении институтов — {over}:</translation>
        </message>
        <message>
            <source>{name} holds no recorded power over another institution.</source>
            <translation>{name}: записанных полномочий в отношении других институтов нет.</translation>
        </message>
        <message>
            <source>Checks on it: {count}, from institutions: {by}:</source>
            <translation>Сдержек в отношении него: {count}, со стороны институтов: {by}:</translation>
        </message>
        <message>
            <source>No recorded institution holds a power over it.</source>
            <translation>Ни у одного института нет записанных полномочий в отношении него.</translation>
        </message>
        <message>
            <source>Of these, {n} rest on earlier rules the newer sources do not mention.</source>
            <translation>Из них {n} опираются на прежние нормы, о которых новые источники не упоминают.</translation>
        </message>
        <message>
            <source>Of these, {n} are disputed between sources.</source>
            <translation>Из них {n} оспариваются в источниках.</translation>
        </message>
        <message>
            <source>Counts are of recorded relations, not a measure of strength: one appointment may weigh more than several consents.</source>
            <translation>Подсчитаны записанные связи, это не мера силы: одно назначение может весить больше нескольких согласований.</translation>
        </message>
    </context>
    <context>
        <name>PowerBalanceView</name>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Дата:</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Moves the date the powers are shown for, one day per step</source>
            <translation>Сдвигает дату, на которую показаны полномочия, на один день за шаг</translation>
        </message>
        <message>
            <source>Date shown</source>
            <translation>Показанная дата</translation>
        </message>
        <message>
            <source>Eras:</source>
            <translation>Периоды:</translation>
        </message>
        <message>
            <source>Era: {label}</source>
            <translation>Период: {label}</translation>
        </message>
        <message>
            <source>Show &amp;changes</source>
            <translation>Показать &amp;изменения</translation>
        </message>
        <message>
            <source>Show changes between two dates</source>
            <translation>Показать изменения между двумя датами</translation>
        </message>
        <message>
            <source>Colour the powers gained, lost or changed between the two dates, read from the earlier to the later</source>
            <translation>Выделить цветом полномочия, полученные, утраченные или изменённые между двумя датами, от более ранней к более поздней</translation>
        </message>
        <message>
            <source>Compare &amp;with:</source>
            <translation>С&amp;равнить с:</translation>
        </message>
        <message>
            <source>Compare with</source>
            <translation>Сравнить с</translation>
        </message>
        <message>
            <source>The other date of the comparison, earlier or later</source>
            <translation>Вторая дата сравнения, более ранняя или более поздняя</translation>
        </message>
        <message>
            <source>Export &amp;PNG…</source>
            <translation>Экспорт &amp;PNG…</translation>
        </message>
        <message>
            <source>Export the graph as a PNG image</source>
            <translation>Экспортировать схему как изображение PNG</translation>
        </message>
        <message>
            <source>P&amp;rint…</source>
            <translation>П&amp;ечать…</translation>
        </message>
        <message>
            <source>Print the graph and the table of relations</source>
            <translation>Напечатать схему и таблицу связей</translation>
        </message>
        <message>
            <source>Graph or table</source>
            <translation>Схема или таблица</translation>
        </message>
        <message>
            <source>Power-balance graph</source>
            <translation>Схема баланса полномочий</translation>
        </message>
        <message>
            <source>&amp;Graph</source>
            <translation>&amp;Схема</translation>
        </message>
        <message>
            <source>Filter relations (any column)…</source>
            <translation>Фильтр связей (любой столбец)…</translation>
        </message>
        <message>
            <source>Filter relations</source>
            <translation>Фильтр связей</translation>
        </message>
        <message>
            <source>Power relations table</source>
            <translation>Таблица связей полномочий</translation>
        </message>
        <message>
            <source>&amp;Table</source>
            <translation>&amp;Таблица</translation>
        </message>
        <message>
            <source>Details of the selected institution or relation</source>
            <translation>Подробности о выбранном институте или связи</translation>
        </message>
        <message>
            <source>Print power balance</source>
            <translation>Печать баланса полномочий</translation>
        </message>
        <message>
            <source>Export PNG</source>
            <translation>Экспорт PNG</translation>
        </message>
        <message>
            <source>PNG image (*.png)</source>
            <translation>Изображение PNG (*.png)</translation>
        </message>
    </context>
    <context>
        <name>PowerModel</name>
        <message>
            <source>appoints</source>
            <translation>назначает</translation>
        </message>
        <message>
            <source>appoints with consent</source>
            <translation>назначает с согласия</translation>
        </message>
        <message>
            <source>nominates</source>
            <translation>выдвигает</translation>
        </message>
        <message>
            <source>proposes</source>
            <translation>предлагает</translation>
        </message>
        <message>
            <source>recommends</source>
            <translation>рекомендует</translation>
        </message>
        <message>
            <source>elects</source>
            <translation>избирает</translation>
        </message>
        <message>
            <source>consents to</source>
            <translation>даёт согласие</translation>
        </message>
        <message>
            <source>approves</source>
            <translation>утверждает</translation>
        </message>
        <message>
            <source>dismisses</source>
            <translation>освобождает</translation>
        </message>
        <message>
            <source>dissolves</source>
            <translation>распускает</translation>
        </message>
        <message>
            <source>no confidence</source>
            <translation>недоверие</translation>
        </message>
        <message>
            <source>vetoes</source>
            <translation>налагает вето</translation>
        </message>
        <message>
            <source>applies to</source>
            <translation>обращается в</translation>
        </message>
        <message>
            <source>summons</source>
            <translation>вызывает</translation>
        </message>
        <message>
            <source>oversees</source>
            <translation>контролирует</translation>
        </message>
        <message>
            <source>After June 2022</source>
            <translation>С июня 2022</translation>
        </message>
        <message>
            <source>After Sept. 2022</source>
            <translation>С сент. 2022</translation>
        </message>
        <message>
            <source>After July 2026</source>
            <translation>С июля 2026</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Сегодня</translation>
        </message>
        <message>
            <source>The 1995 Constitution as amended up to 2019: 15 presidential senators, a Constitutional Council, regional akims appointed on the Prime Minister's proposal.</source>
            <translation>Конституция 1995 года в редакции до 2019 года: 15 сенаторов, назначаемых Президентом, Конституционный Совет, акимы областей, назначаемые по представлению Премьер-министра.</translation>
        </message>
        <message>
            <source>The amendments approved in the referendum of 5 June 2022 (dated here 8 June 2022).</source>
            <translation>Поправки, одобренные на референдуме 5 июня 2022 года (здесь датированы 8 июня 2022 года).</translation>
        </message>
        <message>
            <source>The single seven-year presidential term, signed on 17 September 2022.</source>
            <translation>Единственный семилетний срок президентских полномочий, подписано 17 сентября 2022 года.</translation>
        </message>
        <message>
            <source>The Constitutional Court starts work; citizens may apply to it.</source>
            <translation>Начинает работу Конституционный Суд; граждане могут в него обращаться.</translation>
        </message>
        <message>
            <source>The 2026 Constitution: the unicameral Kurultai, a Vice-President, the Halyk Kenesi.</source>
            <translation>Конституция 2026 года: однопалатный Курултай, вице-президент, Халык Кенеси.</translation>
        </message>
        <message>
            <source>The rules in force today, as far as the sources say.</source>
            <translation>Нормы, действующие сегодня, насколько о них говорят источники.</translation>
        </message>
    </context>
    <context>
        <name>PowerTable</name>
        <message>
            <source>Change</source>
            <translation>Изменение</translation>
        </message>
        <message>
            <source>Holder</source>
            <translation>Обладатель</translation>
        </message>
        <message>
            <source>Relation</source>
            <translation>Связь</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Объект</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Подробности</translation>
        </message>
        <message>
            <source>Valid</source>
            <translation>Действует</translation>
        </message>
        <message>
            <source>Reform entry</source>
            <translation>Запись о реформе</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Источники</translation>
        </message>
        <message>
            <source>Valid from</source>
            <translation>Действует с</translation>
        </message>
        <message>
            <source>Valid to</source>
            <translation>Действует до</translation>
        </message>
        <message>
            <source>Confidence</source>
            <translation>Достоверность</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Заметка</translation>
        </message>
        <message>
            <source>(unconfirmed)</source>
            <translation>(не подтверждено)</translation>
        </message>
        <message>
            <source>open (unconfirmed from {date})</source>
            <translation>без срока (не подтверждено с {date})</translation>
        </message>
        <message>
            <source>open</source>
            <translation>без срока</translation>
        </message>
    </context>
    <context>
        <name>PowerTableView</name>
        <message>
            <source>Copy rows</source>
            <translation>Копировать строки</translation>
        </message>
    </context>
    <context>
        <name>PrintController</name>
        <message>
            <source>Export {what} as PDF</source>
            <translation>Экспорт в PDF: {what}</translation>
        </message>
        <message>
            <source>Exporting {what} to PDF…</source>
            <translation>Экспорт в PDF: {what}…</translation>
        </message>
        <message>
            <source>Saved {path}</source>
            <translation>Сохранено: {path}</translation>
        </message>
        <message>
            <source>Print {what}</source>
            <translation>Печать: {what}</translation>
        </message>
        <message>
            <source>Printing {what}…</source>
            <translation>Печать: {what}…</translation>
        </message>
        <message>
            <source>Sent {what} to the printer</source>
            <translation>Отправлено на принтер: {what}</translation>
        </message>
        <message>
            <source>Print Preview — {what}</source>
            <translation>Предпросмотр печати — {what}</translation>
        </message>
        <message>
            <source>Nothing to print</source>
            <translation>Нечего печатать</translation>
        </message>
        <message>
            <source>Choose an entry, select results or bookmark entries first.</source>
            <translation>Сначала откройте запись, выберите результаты или добавьте записи в закладки.</translation>
        </message>
        <message>
            <source>Printing</source>
            <translation>Печать</translation>
        </message>
        <message>
            <source>Another print job is still running.</source>
            <translation>Ещё выполняется другое задание печати.</translation>
        </message>
        <message>
            <source>Printing failed</source>
            <translation>Печать не удалась</translation>
        </message>
        <message>
            <source>(1 page)</source>
            <translation>(1 страница)</translation>
        </message>
        <message>
            <source>({n} pages)</source>
            <translation>(страниц: {n})</translation>
        </message>
        <message>
            <source>Printing cancelled</source>
            <translation>Печать отменена</translation>
        </message>
    </context>
    <context>
        <name>PrintOptionsDialog</name>
        <message>
            <source>Print options</source>
            <translation>Параметры печати</translation>
        </message>
        <message>
            <source>Print {n} entries as:</source>
            <translation>Печать записей ({n}):</translation>
        </message>
        <message>
            <source>Print the entry as:</source>
            <translation>Печатать запись:</translation>
        </message>
        <message>
            <source>&amp;Summaries</source>
            <translation>&amp;Краткие изложения</translation>
        </message>
        <message>
            <source>&amp;Full entries</source>
            <translation>&amp;Полные записи</translation>
        </message>
        <message>
            <source>Title, date, status, summary, sources, and how to cite each entry.</source>
            <translation>Заголовок, дата, статус, краткое содержание, источники и как цитировать каждую запись.</translation>
        </message>
        <message>
            <source>Also the text, figures, assessments, institutions, related entries and the sources' addresses.</source>
            <translation>А также текст, цифры, оценки, институты, связанные записи и адреса источников.</translation>
        </message>
        <message>
            <source>Include my &amp;notes ({n} of these entries have one)</source>
            <translation>Включить мои &amp;заметки (записей с заметками: {n})</translation>
        </message>
        <message>
            <source>Include my &amp;notes (none of these entries has one)</source>
            <translation>Включить мои &amp;заметки (заметок к этим записям нет)</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <source>“{title}”. In {atlas}, version {version}, data version {data_version}, entry “{entry_id}”. Accessed {accessed}.</source>
            <translation>«{title}» // {atlas}, версия {version}, версия данных {data_version}, запись «{entry_id}». Дата обращения: {accessed}.</translation>
        </message>
        <message>
            <source>Entry {id}</source>
            <translation>Запись: {id}</translation>
        </message>
        <message>
            <source>Printed {date}</source>
            <translation>Напечатано: {date}</translation>
        </message>
        <message>
            <source>Cite this entry</source>
            <translation>Как цитировать эту запись</translation>
        </message>
        <message>
            <source>Reading entry {n} of {total}</source>
            <translation>Чтение записи {n} из {total}</translation>
        </message>
        <message>
            <source>{n} entries</source>
            <translation>Записей: {n}</translation>
        </message>
        <message>
            <source>{n} entry summaries</source>
            <translation>Краткие изложения записей ({n})</translation>
        </message>
    </context>
    <context>
        <name>ProgressBox</name>
        <message>
            <source>could not write the file: {reason}</source>
            <translation>не удалось записать файл: {reason}</translation>
        </message>
        <message>
            <source>unexpected error:</source>
            <translation>непредвиденная ошибка:</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>Working</source>
            <translation>Выполняется</translation>
        </message>
    </context>
    <context>
        <name>ReformEvents</name>
        <message>
            <source>1st package</source>
            <translation>1-й пакет</translation>
        </message>
        <message>
            <source>2nd package</source>
            <translation>2-й пакет</translation>
        </message>
        <message>
            <source>3rd package</source>
            <translation>3-й пакет</translation>
        </message>
        <message>
            <source>4th package</source>
            <translation>4-й пакет</translation>
        </message>
        <message>
            <source>Referendum 2022</source>
            <translation>Референдум 2022</translation>
        </message>
        <message>
            <source>Referendum 2024</source>
            <translation>Референдум 2024</translation>
        </message>
        <message>
            <source>Referendum 2026</source>
            <translation>Референдум 2026</translation>
        </message>
        <message>
            <source>Constitution 2026 in force</source>
            <translation>Конституция 2026 в силе</translation>
        </message>
    </context>
    <context>
        <name>SearchPanel</name>
        <message>
            <source>Search reforms, institutions, figures…</source>
            <translation>Поиск реформ, институтов, показателей…</translation>
        </message>
        <message>
            <source>Search (Ctrl+F or /)</source>
            <translation>Поиск (Ctrl+F или /)</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Поиск</translation>
        </message>
        <message>
            <source>Results update as you type. Down arrow moves to the results.</source>
            <translation>Результаты обновляются по мере ввода. Стрелка вниз переводит к результатам.</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>Результаты поиска</translation>
        </message>
        <message>
            <source>No results</source>
            <translation>Нет результатов</translation>
        </message>
        <message>
            <source>No entries match “{query}” with the filters chosen.
Try Clear filters.</source>
            <translation>Нет записей по запросу «{query}» с выбранными фильтрами.
Попробуйте сбросить фильтры.</translation>
        </message>
        <message>
            <source>No entries match “{query}”</source>
            <translation>Нет записей по запросу «{query}»</translation>
        </message>
        <message>
            <source>No entries match these filters.
Try Clear filters.</source>
            <translation>Нет записей с такими фильтрами.
Попробуйте сбросить фильтры.</translation>
        </message>
        <message>
            <source>No entries match these filters</source>
            <translation>Нет записей с такими фильтрами</translation>
        </message>
    </context>
    <context>
        <name>SourcesModel</name>
        <message>
            <source>Title</source>
            <translation>Заголовок</translation>
        </message>
        <message>
            <source>Publisher</source>
            <translation>Издатель</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Cited</source>
            <translation>Ссылок</translation>
        </message>
    </context>
    <context>
        <name>SourcesView</name>
        <message>
            <source>Entries</source>
            <translation>Записи</translation>
        </message>
        <message>
            <source>Figures</source>
            <translation>Цифры</translation>
        </message>
        <message>
            <source>Assessments</source>
            <translation>Оценки</translation>
        </message>
        <message>
            <source>Powers</source>
            <translation>Полномочия</translation>
        </message>
        <message>
            <source>Successions of bodies</source>
            <translation>Преемство органов</translation>
        </message>
        <message>
            <source>Indicator series</source>
            <translation>Ряды показателей</translation>
        </message>
        <message>
            <source>Indicator points</source>
            <translation>Точки показателей</translation>
        </message>
        <message>
            <source>Glossary terms</source>
            <translation>Термины глоссария</translation>
        </message>
        <message>
            <source>Institutions</source>
            <translation>Институты</translation>
        </message>
        <message>
            <source>in</source>
            <translation>в записи</translation>
        </message>
        <message>
            <source>disputes:</source>
            <translation>оспаривает:</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Документ</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Адрес</translation>
        </message>
        <message>
            <source>No address or document number recorded.</source>
            <translation>Адрес или номер документа не записаны.</translation>
        </message>
        <message>
            <source>Source id</source>
            <translation>Идентификатор источника</translation>
        </message>
        <message>
            <source>Nothing in the atlas cites this source.</source>
            <translation>В атласе нет ссылок на этот источник.</translation>
        </message>
        <message>
            <source>Cited by</source>
            <translation>Ссылаются</translation>
        </message>
        <message>
            <source>Filter by title, publisher, id or address</source>
            <translation>Фильтр по заголовку, издателю, id или адресу</translation>
        </message>
        <message>
            <source>Filter sources</source>
            <translation>Фильтр источников</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Источники</translation>
        </message>
        <message>
            <source>Source details</source>
            <translation>Сведения об источнике</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 из %2</translation>
        </message>
        <message>
            <source>%1 sources</source>
            <translation>Источников: %1</translation>
        </message>
        <message>
            <source>No source matches the filter.</source>
            <translation>Ни один источник не подходит под фильтр.</translation>
        </message>
    </context>
    <context>
        <name>StatusLine</name>
        <message>
            <source>Result count</source>
            <translation>Число результатов</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Строка состояния</translation>
        </message>
    </context>
    <context>
        <name>Timeline</name>
        <message>
            <source>Timeline of entries by date</source>
            <translation>Хронология записей по датам</translation>
        </message>
        <message>
            <source>date unknown</source>
            <translation>дата неизвестна</translation>
        </message>
        <message>
            <source>Reform package: {name}</source>
            <translation>Пакет реформ: {name}</translation>
        </message>
        <message>
            <source>Undated entries (no date known)</source>
            <translation>Записи без даты (дата неизвестна)</translation>
        </message>
        <message>
            <source>1995 Constitution as amended to 2021</source>
            <translation>Конституция 1995 года в редакции до 2021 года</translation>
        </message>
        <message>
            <source>1995 Constitution as amended</source>
            <translation>Конституция 1995 г. с поправками</translation>
        </message>
        <message>
            <source>1995 Constitution with the 2022 amendments</source>
            <translation>Конституция 1995 года с поправками 2022 года</translation>
        </message>
        <message>
            <source>2022 amendments</source>
            <translation>Поправки 2022 г.</translation>
        </message>
        <message>
            <source>2026 Constitution</source>
            <translation>Конституция 2026 г.</translation>
        </message>
        <message>
            <source>Reform package (from its date to its last entry)</source>
            <translation>Пакет реформ (от его даты до последней записи)</translation>
        </message>
        <message>
            <source>Entry, at its date; Enter opens it</source>
            <translation>Запись на её дате; Enter открывает её</translation>
        </message>
        <message>
            <source>Timeline legend</source>
            <translation>Условные обозначения хронологии</translation>
        </message>
    </context>
    <context>
        <name>ViewStack</name>
        <message>
            <source>This view could not be opened:</source>
            <translation>Не удалось открыть этот раздел:</translation>
        </message>
    </context>
    <context>
        <name>YearScale</name>
        <message>
            <source>Years on the date slider</source>
            <translation>Годы на шкале дат</translation>
        </message>
    </context>
</TS>
