<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
    <context>
        <name>App</name>
        <message>
            <source>You can go on using the atlas, but bookmarks and notes made now will be lost when it closes.</source>
            <translation>Атласты әрі қарай пайдалана беруге болады, бірақ қазір жасалған бетбелгілер мен жазбалар ол жабылғанда жоғалады.</translation>
        </message>
        <message>
            <source>The atlas database cannot be opened.</source>
            <translation>Атлас дерекқорын ашу мүмкін емес.</translation>
        </message>
        <message>
            <source>Reinstall the application, or start it with --db pointing to a valid atlas database.</source>
            <translation>Қолданбаны қайта орнатыңыз немесе оны дұрыс атлас дерекқорын көрсететін --db параметрімен іске қосыңыз.</translation>
        </message>
        <message>
            <source>Bookmarks file repaired</source>
            <translation>Бетбелгілер файлы қалпына келтірілді</translation>
        </message>
        <message>
            <source>Bookmarks will not be saved</source>
            <translation>Бетбелгілер сақталмайды</translation>
        </message>
    </context>
    <context>
        <name>BookmarksModel</name>
        <message>
            <source>Entry</source>
            <translation>Жазба</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Күні</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Ескертпе</translation>
        </message>
        <message>
            <source>Bookmarked</source>
            <translation>Қосылған күні</translation>
        </message>
        <message>
            <source>No note yet</source>
            <translation>Әзірге ескертпе жоқ</translation>
        </message>
    </context>
    <context>
        <name>BookmarksView</name>
        <message>
            <source>Bookmarks</source>
            <translation>Бетбелгілер</translation>
        </message>
        <message>
            <source>Note on the selected bookmark</source>
            <translation>Таңдалған бетбелгіге ескертпе</translation>
        </message>
        <message>
            <source>Select a bookmark to read or write its note.</source>
            <translation>Ескертпесін оқу немесе жазу үшін бетбелгіні таңдаңыз.</translation>
        </message>
        <message>
            <source>Save note</source>
            <translation>Ескертпені сақтау</translation>
        </message>
        <message>
            <source>Save the note (Ctrl+S)</source>
            <translation>Ескертпені сақтау (Ctrl+S)</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Ашу</translation>
        </message>
        <message>
            <source>Open bookmark</source>
            <translation>Бетбелгіні ашу</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Жою</translation>
        </message>
        <message>
            <source>Remove bookmark</source>
            <translation>Бетбелгіні жою</translation>
        </message>
        <message>
            <source>Remove the selected bookmark and its note (Delete)</source>
            <translation>Таңдалған бетбелгіні ескертпесімен бірге жою (Delete)</translation>
        </message>
        <message>
            <source>Export Markdown…</source>
            <translation>Markdown-қа…</translation>
        </message>
        <message>
            <source>Export bookmarks as Markdown</source>
            <translation>Бетбелгілерді Markdown-қа экспорттау</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>CSV-ге…</translation>
        </message>
        <message>
            <source>Export bookmarks as CSV</source>
            <translation>Бетбелгілерді CSV-ге экспорттау</translation>
        </message>
        <message>
            <source>Print all…</source>
            <translation>Бәрін басу…</translation>
        </message>
        <message>
            <source>Print all bookmarks</source>
            <translation>Барлық бетбелгіні басып шығару</translation>
        </message>
        <message>
            <source>Print or save as PDF the summaries of every bookmarked entry</source>
            <translation>Бетбелгідегі барлық жазбаның қысқаша мазмұнын басып шығару немесе PDF ретінде сақтау</translation>
        </message>
        <message>
            <source>1 bookmark</source>
            <translation>1 бетбелгі</translation>
        </message>
        <message>
            <source>{n} bookmarks</source>
            <translation>Бетбелгілер: {n}</translation>
        </message>
        <message>
            <source>read-only: changes cannot be saved</source>
            <translation>тек оқуға арналған: өзгерістер сақталмайды</translation>
        </message>
        <message>
            <source>not saved: the bookmarks file could not be opened</source>
            <translation>сақталмайды: бетбелгілер файлын ашу мүмкін болмады</translation>
        </message>
        <message>
            <source>Note on “{title}”</source>
            <translation>«{title}» жазбасына ескертпе</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Ескертпе</translation>
        </message>
        <message>
            <source>Note not saved</source>
            <translation>Ескертпе сақталмады</translation>
        </message>
        <message>
            <source>Note saved</source>
            <translation>Ескертпе сақталды</translation>
        </message>
        <message>
            <source>Bookmark not removed</source>
            <translation>Бетбелгі жойылмады</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Экспорт сәтсіз аяқталды</translation>
        </message>
        <message>
            <source>Exported to {name}</source>
            <translation>Экспортталды: {name}</translation>
        </message>
    </context>
    <context>
        <name>Dates</name>
        <message>
            <source>date unknown</source>
            <translation>күні белгісіз</translation>
        </message>
    </context>
    <context>
        <name>EntryPage</name>
        <message>
            <source>This is a translation from English; the English text is authoritative. Where a field has no translation yet, the English is shown.</source>
            <translation>Бұл ағылшын тілінен аударма; негізгі мәтін ағылшынша. Аудармасы әлі жоқ жерде ағылшынша мәтін көрсетіледі.</translation>
        </message>
        <message>
            <source>Not confirmed since {date}: the sources do not say whether the rule still applies.</source>
            <translation>{date} күнінен бастап расталмаған: дереккөздер бұл норманың әлі де күшінде екенін не болмаса күшін жойғанын айтпайды.</translation>
        </message>
        <message>
            <source>what else cites it</source>
            <translation>оған тағы не сілтеме жасайды</translation>
        </message>
        <message>
            <source>Figure</source>
            <translation>Көрсеткіш</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Бұрын</translation>
        </message>
        <message>
            <source>After</source>
            <translation>Кейін</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Өлшем бірлігі</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Дереккөз</translation>
        </message>
        <message>
            <source>plot</source>
            <translation>график</translation>
        </message>
        <message>
            <source>{status} by {entry}</source>
            <translation>{status} (қараңыз: {entry})</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>Мәртебесі:</translation>
        </message>
        <message>
            <source>Confidence:</source>
            <translation>Сенімділік:</translation>
        </message>
        <message>
            <source>Replaces:</source>
            <translation>Орнын басады:</translation>
        </message>
        <message>
            <source>Bookmarked</source>
            <translation>Бетбелгіде</translation>
        </message>
        <message>
            <source>Your note</source>
            <translation>Сіздің ескертпеңіз</translation>
        </message>
        <message>
            <source>Figures</source>
            <translation>Сандық деректер</translation>
        </message>
        <message>
            <source>Assessments</source>
            <translation>Бағалаулар</translation>
        </message>
        <message>
            <source>Indicator series</source>
            <translation>Көрсеткіштер қатары</translation>
        </message>
        <message>
            <source>Institutions</source>
            <translation>Институттар</translation>
        </message>
        <message>
            <source>Related entries</source>
            <translation>Байланысты жазбалар</translation>
        </message>
        <message>
            <source>Note on sources</source>
            <translation>Дереккөздер туралы ескертпе</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Дереккөздер</translation>
        </message>
        <message>
            <source>Entries about this institution ({n})</source>
            <translation>Осы институт туралы жазбалар ({n})</translation>
        </message>
        <message>
            <source>Entry</source>
            <translation>Жазба</translation>
        </message>
        <message>
            <source>Open entry: {target}</source>
            <translation>Жазбаны ашу: {target}</translation>
        </message>
        <message>
            <source>Entries about this institution: {target}</source>
            <translation>Осы институт туралы жазбалар: {target}</translation>
        </message>
        <message>
            <source>Plot this series in Indicators: {target}</source>
            <translation>Қатарды «Көрсеткіштер» бөлімінде көрсету: {target}</translation>
        </message>
        <message>
            <source>Show in Sources: </source>
            <translation>Дереккөздерде көрсету: </translation>
        </message>
        <message>
            <source>Show in the Glossary: </source>
            <translation>Глоссарийде көрсету: </translation>
        </message>
        <message>
            <source>Search for: </source>
            <translation>Іздеу: </translation>
        </message>
        <message>
            <source>Opens in your web browser: {target}</source>
            <translation>Веб-браузерде ашылады: {target}</translation>
        </message>
        <message>
            <source>Institutions:</source>
            <translation>Институттар:</translation>
        </message>
    </context>
    <context>
        <name>EntryPanel</name>
        <message>
            <source>Kazakhstan Reform Atlas</source>
            <translation>Қазақстан реформаларының атласы</translation>
        </message>
        <message>
            <source>Choose a result to read it here. Type to search; the filters on the left narrow the list.</source>
            <translation>Нәтижені осы жерде оқу үшін оны таңдаңыз. Іздеу үшін мәтін теріңіз; сол жақтағы сүзгілер тізімді тарылтады.</translation>
        </message>
        <message>
            <source>Keys: &lt;b&gt;Ctrl+F&lt;/b&gt; or &lt;b&gt;/&lt;/b&gt; search, &lt;b&gt;↓&lt;/b&gt; results, &lt;b&gt;Enter&lt;/b&gt; open, &lt;b&gt;Alt+←&lt;/b&gt; back, &lt;b&gt;Ctrl+D&lt;/b&gt; bookmark, &lt;b&gt;Ctrl+P&lt;/b&gt; print.</source>
            <translation>Пернелер: &lt;b&gt;Ctrl+F&lt;/b&gt; немесе &lt;b&gt;/&lt;/b&gt; — іздеу, &lt;b&gt;↓&lt;/b&gt; — нәтижелер, &lt;b&gt;Enter&lt;/b&gt; — ашу, &lt;b&gt;Alt+←&lt;/b&gt; — артқа, &lt;b&gt;Ctrl+D&lt;/b&gt; — бетбелгі, &lt;b&gt;Ctrl+P&lt;/b&gt; — басып шығару.</translation>
        </message>
        <message>
            <source>Help → Keyboard shortcuts lists them all.</source>
            <translation>Толық тізім: Анықтама → Перне тіркесімдері.</translation>
        </message>
        <message>
            <source>Bookmark this entry (Ctrl+D)</source>
            <translation>Жазбаны бетбелгіге қосу (Ctrl+D)</translation>
        </message>
        <message>
            <source>Note…</source>
            <translation>Ескертпе…</translation>
        </message>
        <message>
            <source>Write a note on this entry; bookmarks it (Ctrl+Shift+N)</source>
            <translation>Жазбаға ескертпе жазу; жазба бетбелгіге қосылады (Ctrl+Shift+N)</translation>
        </message>
        <message>
            <source>Copy citation</source>
            <translation>Сілтемені көшіру</translation>
        </message>
        <message>
            <source>Copy a plain-text citation with the data version (Ctrl+Shift+C)</source>
            <translation>Деректер нұсқасы бар библиографиялық сілтемені көшіру (Ctrl+Shift+C)</translation>
        </message>
        <message>
            <source>The bookmarks file is read-only: bookmarks and notes cannot be saved</source>
            <translation>Бетбелгілер файлы тек оқуға арналған: бетбелгілер мен ескертпелер сақталмайды</translation>
        </message>
        <message>
            <source>Plain text</source>
            <translation>Қарапайым мәтін</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Ескертпе</translation>
        </message>
        <message>
            <source>Entry</source>
            <translation>Жазба</translation>
        </message>
        <message>
            <source>Entry actions</source>
            <translation>Жазбамен әрекеттер</translation>
        </message>
        <message>
            <source>Not found</source>
            <translation>Табылмады</translation>
        </message>
        <message>
            <source>There is no entry “{id}” in this version of the data.</source>
            <translation>Деректердің бұл нұсқасында «{id}» жазбасы жоқ.</translation>
        </message>
        <message>
            <source>No institution “{id}”.</source>
            <translation>«{id}» институты жоқ.</translation>
        </message>
        <message>
            <source>Source [%1]: </source>
            <translation>Дереккөз [%1]: </translation>
        </message>
        <message>
            <source>Bookmarked ★</source>
            <translation>Бетбелгіде ★</translation>
        </message>
        <message>
            <source>Bookmark ☆</source>
            <translation>Бетбелгіге ☆</translation>
        </message>
        <message>
            <source>Bookmarked</source>
            <translation>Бетбелгіде</translation>
        </message>
        <message>
            <source>Bookmark</source>
            <translation>Бетбелгіге</translation>
        </message>
        <message>
            <source>Bookmark removed: {title}</source>
            <translation>Бетбелгі жойылды: {title}</translation>
        </message>
        <message>
            <source>Bookmarked: {title}</source>
            <translation>Бетбелгіге қосылды: {title}</translation>
        </message>
        <message>
            <source>Bookmark not saved</source>
            <translation>Бетбелгі сақталмады</translation>
        </message>
        <message>
            <source>Note saved</source>
            <translation>Ескертпе сақталды</translation>
        </message>
        <message>
            <source>Note not saved</source>
            <translation>Ескертпе сақталмады</translation>
        </message>
        <message>
            <source>Citation copied to the clipboard as {format}</source>
            <translation>Сілтеме алмасу буферіне көшірілді. Пішімі: {format}</translation>
        </message>
        <message>
            <source>Citation copied to the clipboard</source>
            <translation>Сілтеме алмасу буферіне көшірілді</translation>
        </message>
    </context>
    <context>
        <name>FacetPanel</name>
        <message>
            <source>Category</source>
            <translation>Санат</translation>
        </message>
        <message>
            <source>Reform package</source>
            <translation>Реформалар пакеті</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Жыл</translation>
        </message>
        <message>
            <source>Institution</source>
            <translation>Институт</translation>
        </message>
        <message>
            <source>Filter</source>
            <translation>Сүзгі</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>Саны</translation>
        </message>
        <message>
            <source>{dimension} filters</source>
            <translation>Сүзгілер: {dimension}</translation>
        </message>
        <message>
            <source>(active filter: activate again to remove)</source>
            <translation>(сүзгі қосулы: алып тастау үшін қайта таңдаңыз)</translation>
        </message>
        <message>
            <source>{dimension}: {value} — results: {count}</source>
            <translation>{dimension}: {value} — нәтижелер: {count}</translation>
        </message>
        <message>
            <source>{dimension} {value}, results: {count}</source>
            <translation>{dimension} {value}, нәтижелер: {count}</translation>
        </message>
        <message>
            <source>filter on</source>
            <translation>сүзгі қосулы</translation>
        </message>
        <message>
            <source>Filters</source>
            <translation>Сүзгілер</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>Сүзгілерді тазалау</translation>
        </message>
        <message>
            <source>Remove every filter (Ctrl+Shift+X)</source>
            <translation>Барлық сүзгіні алып тастау (Ctrl+Shift+X)</translation>
        </message>
        <message>
            <source>Counts per category, reform package, year and institution for the current search. Enter or Space turns a filter on or off.</source>
            <translation>Ағымдағы іздеу нәтижелерінің санаттар, реформалар пакеттері, жылдар және институттар бойынша саны. Enter немесе бос орын пернесі сүзгіні қосады не өшіреді.</translation>
        </message>
        <message>
            <source>Active filters</source>
            <translation>Қосулы сүзгілер</translation>
        </message>
    </context>
    <context>
        <name>GlossaryView</name>
        <message>
            <source>Spellings</source>
            <translation>Жазылу нұсқалары</translation>
        </message>
        <message>
            <source>Institution</source>
            <translation>Институт</translation>
        </message>
        <message>
            <source>Entries that mention it</source>
            <translation>Ол аталатын жазбалар</translation>
        </message>
        <message>
            <source>Search for “%1”</source>
            <translation>«%1» бойынша іздеу</translation>
        </message>
        <message>
            <source>No entry mentions this term.</source>
            <translation>Бұл терминді ешбір жазба атамайды.</translation>
        </message>
        <message>
            <source>Entries about %1</source>
            <translation>%1 туралы жазбалар</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Дереккөздер</translation>
        </message>
        <message>
            <source>Filter terms (any spelling: English, Russian, Kazakh)</source>
            <translation>Терминдерді сүзу (кез келген жазылуы: ағылшынша, орысша, қазақша)</translation>
        </message>
        <message>
            <source>Filter glossary</source>
            <translation>Глоссарийді сүзу</translation>
        </message>
        <message>
            <source>Glossary terms</source>
            <translation>Глоссарий терминдері</translation>
        </message>
        <message>
            <source>Term details</source>
            <translation>Термин туралы мәлімет</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%2 ішінен %1</translation>
        </message>
        <message>
            <source>%1 terms</source>
            <translation>Терминдер: %1</translation>
        </message>
        <message>
            <source>No term matches the filter.</source>
            <translation>Сүзгіге сәйкес термин жоқ.</translation>
        </message>
    </context>
    <context>
        <name>GraphTools</name>
        <message>
            <source>All &amp;labels</source>
            <translation>Барлық &amp;жазулар</translation>
        </message>
        <message>
            <source>Label every arrow</source>
            <translation>Әр көрсеткіге жазу қою</translation>
        </message>
        <message>
            <source>Off: only the selected body's arrows are labelled; the legend names the colours. On: every arrow that has room.</source>
            <translation>Өшірулі: тек таңдалған органның көрсеткілеріне жазу қойылады, түстерді шартты белгілер түсіндіреді. Қосулы: орны бар әр көрсеткіге.</translation>
        </message>
        <message>
            <source>&amp;Relations</source>
            <translation>Бай&amp;ланыстар</translation>
        </message>
        <message>
            <source>Relation types shown</source>
            <translation>Көрсетілген байланыс түрлері</translation>
        </message>
        <message>
            <source>Choose which kinds of relation the graph draws</source>
            <translation>Сызбада қандай байланыс түрлері көрсетілетінін таңдаңыз</translation>
        </message>
        <message>
            <source>Show all</source>
            <translation>Барлығын көрсету</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Үлкейту</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Кішірейту</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>Сыйдыру</translation>
        </message>
        <message>
            <source>Zoom to fit</source>
            <translation>Терезеге сыйдыру</translation>
        </message>
        <message>
            <source>&amp;Relations ({shown} of {total})</source>
            <translation>Бай&amp;ланыстар ({shown}/{total})</translation>
        </message>
    </context>
    <context>
        <name>HelpDialogs</name>
        <message>
            <source>Search (when the reading pane or a list has focus)</source>
            <translation>Іздеу (фокус оқу панелінде немесе тізімде болғанда)</translation>
        </message>
        <message>
            <source>↓ in the search field</source>
            <translation>Іздеу өрісінде ↓</translation>
        </message>
        <message>
            <source>Move to the results</source>
            <translation>Нәтижелерге өту</translation>
        </message>
        <message>
            <source>Open the current result, timeline entry or bookmark</source>
            <translation>Ағымдағы нәтижені, хронология жазбасын немесе бетбелгіні ашу</translation>
        </message>
        <message>
            <source>Escape in the search field</source>
            <translation>Іздеу өрісінде Escape</translation>
        </message>
        <message>
            <source>Clear the search</source>
            <translation>Іздеуді тазалау</translation>
        </message>
        <message>
            <source>Enter or Space in Filters</source>
            <translation>Сүзгілерде Enter немесе бос орын</translation>
        </message>
        <message>
            <source>Turn a filter on or off</source>
            <translation>Сүзгіні қосу немесе өшіру</translation>
        </message>
        <message>
            <source>Move between the search field, results, filters and the reading pane; in the reading pane, between its links (Enter follows a link)</source>
            <translation>Іздеу өрісі, нәтижелер, сүзгілер және оқу панелі арасында ауысу; оқу панелінде — сілтемелер арасында (Enter сілтемені ашады)</translation>
        </message>
        <message>
            <source>Ctrl+Tab / Ctrl+Shift+Tab in the reading pane</source>
            <translation>Оқу аймағында Ctrl+Tab / Ctrl+Shift+Tab</translation>
        </message>
        <message>
            <source>Leave the page for the next or previous control</source>
            <translation>Беттен келесі немесе алдыңғы басқару элементіне өту</translation>
        </message>
        <message>
            <source>Delete in Bookmarks</source>
            <translation>Бетбелгілерде Delete</translation>
        </message>
        <message>
            <source>Remove the selected bookmark</source>
            <translation>Таңдалған бетбелгіні жою</translation>
        </message>
        <message>
            <source>Ctrl+S in a bookmark's note</source>
            <translation>Бетбелгі ескертпесінде Ctrl+S</translation>
        </message>
        <message>
            <source>Save the note</source>
            <translation>Ескертпені сақтау</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Пернелер</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Әрекет</translation>
        </message>
        <message>
            <source>In lists and fields</source>
            <translation>Тізімдер мен өрістерде</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Перне тіркесімдері</translation>
        </message>
        <message>
            <source>Data reviewed as of {date}</source>
            <translation>Деректердің тексерілген күні: {date}</translation>
        </message>
        <message>
            <source>Every entry, figure and power relation cites its sources; they are listed under each entry. The atlas is compiled from {count} public sources: official texts of the Constitution and laws, government and parliament publications, news agencies and international organisations.</source>
            <translation>Әр жазба, әр көрсеткіш және әр өкілеттік дереккөздеріне сілтейді; олар әр жазбаның астында берілген. Атлас ашық дереккөздер негізінде құрастырылған (саны: {count}): Конституция мен заңдардың ресми мәтіндері, Үкімет пен Парламент жарияланымдары, ақпарат агенттіктері және халықаралық ұйымдар.</translation>
        </message>
        <message>
            <source>Version {version}</source>
            <translation>Нұсқасы: {version}</translation>
        </message>
        <message>
            <source>Data version {version}</source>
            <translation>Деректер нұсқасы: {version}</translation>
        </message>
        <message>
            <source>Entries: {count}</source>
            <translation>Жазбалар: {count}</translation>
        </message>
        <message>
            <source>Where the data comes from</source>
            <translation>Деректер қайдан алынған</translation>
        </message>
        <message>
            <source>Among the publishers:</source>
            <translation>Жариялаушылардың арасында:</translation>
        </message>
        <message>
            <source>Where the founding article (2024) and later sources disagree, both are kept and the entry says so in its Note on sources. Confidence (high, medium, low) is shown with each entry.</source>
            <translation>Бастапқы мақала (2024) мен кейінгі дереккөздер сәйкес келмейтін жерде екі нұсқа да сақталған, бұл туралы жазбаның дереккөздер туралы ескертпесінде айтылады. Әр жазбаның сенімділігі (жоғары, орташа, төмен) көрсетілген.</translation>
        </message>
        <message>
            <source>The app works offline: it reads a database bundled with it and never connects to the network. Your bookmarks and notes are kept in a separate file on this computer.</source>
            <translation>Қолданба интернетсіз жұмыс істейді: ол бірге жеткізілетін дерекқорды оқиды және желіге ешқашан қосылмайды. Бетбелгілеріңіз бен ескертпелеріңіз осы компьютердегі бөлек файлда сақталады.</translation>
        </message>
        <message>
            <source>The interface and the entries are translated from English; the English text is authoritative.</source>
            <translation>Интерфейс пен жазбалар ағылшын тілінен аударылған; негізгі мәтін ағылшынша.</translation>
        </message>
        <message>
            <source>About</source>
            <translation>Бағдарлама туралы</translation>
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
            <translation>Дереккөз:</translation>
        </message>
        <message>
            <source>Arrow keys step through the points; Up and Down change series.</source>
            <translation>Көрсеткі пернелері нүктелер бойынша жүреді; жоғары және төмен — қатарлар арасында.</translation>
        </message>
        <message>
            <source>Point {n} of {count}.</source>
            <translation>Нүкте: {n} / {count}.</translation>
        </message>
        <message>
            <source>Data table of the series shown</source>
            <translation>Көрсетілген қатарлардың деректер кестесі</translation>
        </message>
        <message>
            <source>Series</source>
            <translation>Қатар</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Күні</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Мәні</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Түрі</translation>
        </message>
        <message>
            <source>Publisher</source>
            <translation>Басып шығарушы</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Ескертпе</translation>
        </message>
        <message>
            <source>rank {rank} of {total}</source>
            <translation>орын: {rank} / {total}</translation>
        </message>
        <message>
            <source>rank {rank}</source>
            <translation>орын: {rank}</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>Ескертпе:</translation>
        </message>
        <message>
            <source>{name}: no points.</source>
            <translation>{name}: нүктелер жоқ.</translation>
        </message>
        <message>
            <source>{name}, {unit}, {years}, {count} points. Lowest {low} ({low_when}), highest {high} ({high_when}), last {last} ({last_when}).</source>
            <translation>{name}, {unit}, {years}, нүктелер саны: {count}. Ең төменгісі {low} ({low_when}), ең жоғарысы {high} ({high_when}), соңғысы {last} ({last_when}).</translation>
        </message>
        <message>
            <source>no points</source>
            <translation>нүкте жоқ</translation>
        </message>
        <message>
            <source>1 point</source>
            <translation>1 нүкте</translation>
        </message>
        <message>
            <source>{n} points</source>
            <translation>нүктелер: {n}</translation>
        </message>
        <message>
            <source>Entries citing this series</source>
            <translation>Осы қатарға сілтейтін жазбалар</translation>
        </message>
        <message>
            <source>No entry cites this series.</source>
            <translation>Бұл қатарға бірде-бір жазба сілтемейді.</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Дереккөздер</translation>
        </message>
        <message>
            <source>Chart of the selected series</source>
            <translation>Таңдалған қатардың графигі</translation>
        </message>
        <message>
            <source>{unit} (of {total})</source>
            <translation>{unit} (барлығы: {total})</translation>
        </message>
        <message>
            <source> (log scale)</source>
            <translation> (логарифмдік шкала)</translation>
        </message>
        <message>
            <source>{series} target</source>
            <translation>{series}: мақсат</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Мақсат</translation>
        </message>
        <message>
            <source>{first} compared with {second}</source>
            <translation>{first} және {second}: салыстыру</translation>
        </message>
        <message>
            <source>Unit:</source>
            <translation>Өлшем бірлігі:</translation>
        </message>
        <message>
            <source>Reform events marked:</source>
            <translation>Белгіленген реформа оқиғалары:</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Нүктелер</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Дереккөз</translation>
        </message>
        <message>
            <source>(not in the sources table)</source>
            <translation>(дереккөздер кестесінде жоқ)</translation>
        </message>
        <message>
            <source>each value as its source gives it; nothing between two points is interpolated.</source>
            <translation>әр мән дереккөзде берілгендей келтірілген; нүктелер арасы интерполяцияланбайды.</translation>
        </message>
        <message>
            <source>Filter series…</source>
            <translation>Қатарларды сүзу…</translation>
        </message>
        <message>
            <source>Filter indicator series</source>
            <translation>Көрсеткіш қатарларын сүзу</translation>
        </message>
        <message>
            <source>Indicator series</source>
            <translation>Көрсеткіштер қатары</translation>
        </message>
        <message>
            <source>Compare with another series of the same unit</source>
            <translation>Өлшем бірлігі бірдей басқа қатармен салыстыру</translation>
        </message>
        <message>
            <source>Reform events</source>
            <translation>Реформа оқиғалары</translation>
        </message>
        <message>
            <source>Mark the reform packages, referendums and the 2026 Constitution</source>
            <translation>Реформалар пакеттерін, референдумдарды және 2026 жылғы Конституцияны белгілеу</translation>
        </message>
        <message>
            <source>Log scale</source>
            <translation>Логарифмдік шкала</translation>
        </message>
        <message>
            <source>Table</source>
            <translation>Кесте</translation>
        </message>
        <message>
            <source>Show the points of the chart as a table</source>
            <translation>График нүктелерін кесте түрінде көрсету</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Экспорт</translation>
        </message>
        <message>
            <source>Image (PNG)…</source>
            <translation>Сурет (PNG)…</translation>
        </message>
        <message>
            <source>Data (CSV)…</source>
            <translation>Деректер (CSV)…</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Басып шығару…</translation>
        </message>
        <message>
            <source>Compare with:</source>
            <translation>Салыстыру:</translation>
        </message>
        <message>
            <source>About this series: sources and entries citing it</source>
            <translation>Осы қатар туралы: дереккөздері және оған сілтейтін жазбалар</translation>
        </message>
        <message>
            <source>No indicator series</source>
            <translation>Көрсеткіш қатарлары жоқ</translation>
        </message>
    </context>
    <context>
        <name>IndicatorsView</name>
        <message>
            <source>Chart of the selected series</source>
            <translation>Таңдалған қатардың графигі</translation>
        </message>
        <message>
            <source>No comparison</source>
            <translation>Салыстырусыз</translation>
        </message>
        <message>
            <source>Not offered: the series has zero or negative values, or is a percentage or rank best read on a plain scale</source>
            <translation>Қолжетімсіз: қатарда нөлдік не теріс мәндер бар, немесе бұл кәдімгі шкалада оқылатын пайыз не рейтингтегі орын</translation>
        </message>
        <message>
            <source>Print chart</source>
            <translation>Графикті басып шығару</translation>
        </message>
        <message>
            <source>Printing the chart…</source>
            <translation>График басып шығарылуда…</translation>
        </message>
        <message>
            <source>Sent the chart to the printer</source>
            <translation>График принтерге жіберілді</translation>
        </message>
        <message>
            <source>Export chart image</source>
            <translation>График суретін экспорттау</translation>
        </message>
        <message>
            <source>PNG image (*.png)</source>
            <translation>PNG суреті (*.png)</translation>
        </message>
        <message>
            <source>Exporting the chart image…</source>
            <translation>График суреті экспортталуда…</translation>
        </message>
        <message>
            <source>Saved {path}</source>
            <translation>Сақталды: {path}</translation>
        </message>
        <message>
            <source>Export chart data</source>
            <translation>График деректерін экспорттау</translation>
        </message>
        <message>
            <source>Exporting the data…</source>
            <translation>Деректер экспортталуда…</translation>
        </message>
        <message>
            <source>Export chart as PDF</source>
            <translation>Графикті PDF-ке экспорттау</translation>
        </message>
        <message>
            <source>Exporting the chart to PDF…</source>
            <translation>График PDF-ке экспортталуда…</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Экспорт</translation>
        </message>
        <message>
            <source>Export cancelled</source>
            <translation>Экспорт тоқтатылды</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Экспорт сәтсіз аяқталды</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Proposed</source>
            <translation>Ұсынылған</translation>
        </message>
        <message>
            <source>Adopted</source>
            <translation>Қабылданған</translation>
        </message>
        <message>
            <source>In force</source>
            <translation>Күшінде</translation>
        </message>
        <message>
            <source>Superseded</source>
            <translation>Ауыстырылған</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Аяқталған</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Тұлға</translation>
        </message>
        <message>
            <source>High</source>
            <translation>Жоғары</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>Орташа</translation>
        </message>
        <message>
            <source>Low</source>
            <translation>Төмен</translation>
        </message>
        <message>
            <source>positive</source>
            <translation>оң</translation>
        </message>
        <message>
            <source>mixed</source>
            <translation>аралас</translation>
        </message>
        <message>
            <source>critical</source>
            <translation>сыни</translation>
        </message>
        <message>
            <source>Executive</source>
            <translation>Атқарушы билік</translation>
        </message>
        <message>
            <source>Legislative</source>
            <translation>Заң шығарушы билік</translation>
        </message>
        <message>
            <source>Judicial</source>
            <translation>Сот билігі</translation>
        </message>
        <message>
            <source>Oversight</source>
            <translation>Қадағалау органдары</translation>
        </message>
        <message>
            <source>Local government</source>
            <translation>Жергілікті басқару</translation>
        </message>
        <message>
            <source>Consultative bodies</source>
            <translation>Консультативтік органдар</translation>
        </message>
        <message>
            <source>Citizens</source>
            <translation>Азаматтар</translation>
        </message>
        <message>
            <source>appoints / nominates</source>
            <translation>тағайындайды / кандидат ұсынады</translation>
        </message>
        <message>
            <source>elects</source>
            <translation>сайлайды</translation>
        </message>
        <message>
            <source>consents / approves</source>
            <translation>келісім береді / бекітеді</translation>
        </message>
        <message>
            <source>dismisses / dissolves / no confidence</source>
            <translation>босатады / таратады / сенімсіздік</translation>
        </message>
        <message>
            <source>applies to (access)</source>
            <translation>жүгінеді (қолжетімділік)</translation>
        </message>
        <message>
            <source>proposes / recommends</source>
            <translation>ұсыныс енгізеді / ұсыным береді</translation>
        </message>
        <message>
            <source>summons / oversees</source>
            <translation>шақырады / бақылайды</translation>
        </message>
        <message>
            <source>gained</source>
            <translation>алынды</translation>
        </message>
        <message>
            <source>lost</source>
            <translation>жоғалтылды</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>өзгерді</translation>
        </message>
        <message>
            <source>unclear</source>
            <translation>анық емес</translation>
        </message>
        <message>
            <source>unchanged</source>
            <translation>өзгеріссіз</translation>
        </message>
        <message>
            <source>changed conditions</source>
            <translation>шарттары өзгерді</translation>
        </message>
        <message>
            <source>unclear: the sources cannot tell</source>
            <translation>анық емес: дереккөздерден білу мүмкін емес</translation>
        </message>
        <message>
            <source>Actual</source>
            <translation>Нақты</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Мақсат</translation>
        </message>
        <message>
            <source>Estimate</source>
            <translation>Бағалау</translation>
        </message>
        <message>
            <source>Forecast</source>
            <translation>Болжам</translation>
        </message>
        <message>
            <source>Claim (unverified)</source>
            <translation>Мәлімдеме (тексерілмеген)</translation>
        </message>
        <message>
            <source>analysis</source>
            <translation>талдау</translation>
        </message>
        <message>
            <source>article</source>
            <translation>мақала</translation>
        </message>
        <message>
            <source>commentary</source>
            <translation>түсініктеме</translation>
        </message>
        <message>
            <source>legal analysis</source>
            <translation>құқықтық талдау</translation>
        </message>
        <message>
            <source>legal text</source>
            <translation>құқықтық акт</translation>
        </message>
        <message>
            <source>news</source>
            <translation>жаңалықтар</translation>
        </message>
        <message>
            <source>NGO report</source>
            <translation>ҮЕҰ баяндамасы</translation>
        </message>
        <message>
            <source>official</source>
            <translation>ресми дереккөз</translation>
        </message>
        <message>
            <source>rating</source>
            <translation>рейтинг</translation>
        </message>
        <message>
            <source>reference</source>
            <translation>анықтамалық</translation>
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
            <translation>Іздеу</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Хронология</translation>
        </message>
        <message>
            <source>Power balance</source>
            <translation>Өкілеттіктер балансы</translation>
        </message>
        <message>
            <source>Indicators</source>
            <translation>Көрсеткіштер</translation>
        </message>
        <message>
            <source>Bookmarks</source>
            <translation>Бетбелгілер</translation>
        </message>
        <message>
            <source>Glossary</source>
            <translation>Глоссарий</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Дереккөздер</translation>
        </message>
        <message>
            <source>Institution: {name}</source>
            <translation>Институт: {name}</translation>
        </message>
        <message>
            <source>(nothing visited yet)</source>
            <translation>(әзірге ештеңе ашылмаған)</translation>
        </message>
        <message>
            <source>this entry</source>
            <translation>осы жазба</translation>
        </message>
        <message>
            <source>1 selected result</source>
            <translation>1 таңдалған нәтиже</translation>
        </message>
        <message>
            <source>{n} selected results</source>
            <translation>таңдалған нәтижелер ({n})</translation>
        </message>
        <message>
            <source>1 bookmarked entry</source>
            <translation>бетбелгідегі 1 жазба</translation>
        </message>
        <message>
            <source>{n} bookmarked entries</source>
            <translation>бетбелгідегі жазбалар ({n})</translation>
        </message>
        <message>
            <source>Text size {percent}%</source>
            <translation>Мәтін өлшемі {percent}%</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Артқа</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>Алға</translation>
        </message>
        <message>
            <source>Navigation</source>
            <translation>Навигация</translation>
        </message>
        <message>
            <source>at least {n} entries</source>
            <translation>Жазбалар: кемінде {n}</translation>
        </message>
        <message>
            <source>{n} entry</source>
            <translation>{n} жазба</translation>
        </message>
        <message>
            <source>{n} entries</source>
            <translation>Жазбалар: {n}</translation>
        </message>
        <message>
            <source>filtered by {filters}</source>
            <translation>сүзгілер: {filters}</translation>
        </message>
        <message>
            <source>Kazakhstan Reform Atlas</source>
            <translation>Қазақстан реформаларының атласы</translation>
        </message>
        <message>
            <source>Show {view}</source>
            <translation>«{view}» бөлімін көрсету</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <source>&amp;Print Entry…</source>
            <translation>Жазбаны &amp;басып шығару…</translation>
        </message>
        <message>
            <source>Print the entry shown</source>
            <translation>Көрсетілген жазбаны басып шығару</translation>
        </message>
        <message>
            <source>Print Pre&amp;view…</source>
            <translation>Басып шығаруды алдын ала &amp;қарау…</translation>
        </message>
        <message>
            <source>&amp;Export Entry as PDF…</source>
            <translation>Жазбаны PDF-ке &amp;экспорттау…</translation>
        </message>
        <message>
            <source>Selected &amp;results</source>
            <translation>Таңдалған &amp;нәтижелер</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Басып шығару…</translation>
        </message>
        <message>
            <source>Print Preview…</source>
            <translation>Басып шығаруды алдын ала қарау…</translation>
        </message>
        <message>
            <source>Export as PDF…</source>
            <translation>PDF-ке экспорттау…</translation>
        </message>
        <message>
            <source>All &amp;bookmarks</source>
            <translation>Барлық &amp;бетбелгілер</translation>
        </message>
        <message>
            <source>Export as Markdown…</source>
            <translation>Markdown-қа экспорттау…</translation>
        </message>
        <message>
            <source>Export as CSV…</source>
            <translation>CSV-ге экспорттау…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Шығу</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>Т&amp;үзету</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>&amp;Іздеу</translation>
        </message>
        <message>
            <source>Search (also /)</source>
            <translation>Іздеу (сондай-ақ /)</translation>
        </message>
        <message>
            <source>Clear &amp;filters</source>
            <translation>Сүзгілерді &amp;тазалау</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Көрініс</translation>
        </message>
        <message>
            <source>&amp;Reading pane</source>
            <translation>&amp;Оқу панелі</translation>
        </message>
        <message>
            <source>Show or hide the reading pane</source>
            <translation>Оқу панелін көрсету немесе жасыру</translation>
        </message>
        <message>
            <source>Zoom &amp;In</source>
            <translation>&amp;Үлкейту</translation>
        </message>
        <message>
            <source>Zoom &amp;Out</source>
            <translation>&amp;Кішірейту</translation>
        </message>
        <message>
            <source>&amp;Actual Size</source>
            <translation>&amp;Бастапқы өлшем</translation>
        </message>
        <message>
            <source>&amp;Dark mode</source>
            <translation>&amp;Қараңғы тақырып</translation>
        </message>
        <message>
            <source>Dark colours on screen (print stays light)</source>
            <translation>Экранда қараңғы түстер (басып шығару ашық күйінде қалады)</translation>
        </message>
        <message>
            <source>Follow &amp;system theme</source>
            <translation>&amp;Жүйе тақырыбы</translation>
        </message>
        <message>
            <source>Use the light or dark setting of the system</source>
            <translation>Жүйенің ашық не қараңғы тақырыбын пайдалану</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>Ө&amp;ту</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Артқа</translation>
        </message>
        <message>
            <source>&amp;Forward</source>
            <translation>&amp;Алға</translation>
        </message>
        <message>
            <source>&amp;History</source>
            <translation>&amp;Тарих</translation>
        </message>
        <message>
            <source>E&amp;ntry</source>
            <translation>&amp;Жазба</translation>
        </message>
        <message>
            <source>Copy citation &amp;as</source>
            <translation>Сілтемені пішіммен &amp;көшіру</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>Т&amp;іл</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Анықтама</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Перне тіркесімдері</translation>
        </message>
        <message>
            <source>&amp;About {app}</source>
            <translation>«{app}» &amp;туралы</translation>
        </message>
    </context>
    <context>
        <name>NoteDialog</name>
        <message>
            <source>Note</source>
            <translation>Ескертпе</translation>
        </message>
        <message>
            <source>Your note on “{title}”</source>
            <translation>«{title}» жазбасына ескертпеңіз</translation>
        </message>
        <message>
            <source>Notes are stored on this computer only, with your bookmarks.</source>
            <translation>Ескертпелер тек осы компьютерде, бетбелгілермен бірге сақталады.</translation>
        </message>
    </context>
    <context>
        <name>Paper</name>
        <message>
            <source>Kazakhstan Reform Atlas</source>
            <translation>Қазақстан реформаларының атласы</translation>
        </message>
        <message>
            <source>Data version {version}</source>
            <translation>Деректер нұсқасы: {version}</translation>
        </message>
        <message>
            <source>Printing page {page} of {pages}</source>
            <translation>Басып шығарылуда: {page}/{pages} бет</translation>
        </message>
        <message>
            <source>page {page} of {pages}</source>
            <translation>{page}/{pages} бет</translation>
        </message>
    </context>
    <context>
        <name>PowerBalance</name>
        <message>
            <source>Powers on {date}: {count} relations shown.</source>
            <translation>Өкілеттіктер: {date}. Көрсетілген байланыстар: {count}.</translation>
        </message>
        <message>
            <source>Changes from {start} to {end}: {count} relations shown, {gained} gained, {lost} lost, {changed} changed.</source>
            <translation>Өзгерістер: {start} → {end}. Көрсетілген байланыстар: {count}; алынды: {gained}, жоғалтылды: {lost}, өзгерді: {changed}.</translation>
        </message>
        <message>
            <source>{count} labels left out for lack of room; the table lists every relation.</source>
            <translation>Орын жетпегендіктен көрсетілмеген жазулар: {count}; кестеде барлық байланыстар бар.</translation>
        </message>
        <message>
            <source>Hidden relation types: {types}.</source>
            <translation>Жасырылған байланыс түрлері: {types}.</translation>
        </message>
        <message>
            <source>Current body: {name} ({branch}).</source>
            <translation>Ағымдағы орган: {name} ({branch}).</translation>
        </message>
        <message>
            <source>Selected: {name}, {count} relations:</source>
            <translation>Таңдалған: {name}; байланыстар: {count}:</translation>
        </message>
        <message>
            <source>Arrow keys move between bodies, Enter lists a body's powers, Space selects it; the Table tab lists every relation.</source>
            <translation>Бағыт пернелері органдар арасында жылжытады, Enter органның өкілеттіктерін көрсетеді, бос орын пернесі оны таңдайды; «Кесте» қойындысында барлық байланыстар бар.</translation>
        </message>
        <message>
            <source>Click to list its powers then and now.</source>
            <translation>Оның сол кездегі және қазіргі өкілеттіктерін көру үшін басыңыз.</translation>
        </message>
        <message>
            <source>(disputed)</source>
            <translation>(дау тудырады)</translation>
        </message>
        <message>
            <source>Powers on {date}</source>
            <translation>Өкілеттіктер: {date}</translation>
        </message>
        <message>
            <source>unconfirmed by later sources</source>
            <translation>кейінгі дереккөздер растамаған</translation>
        </message>
        <message>
            <source>Changes {start} → {end}</source>
            <translation>Өзгерістер: {start} → {end}</translation>
        </message>
        <message>
            <source>Dashed grey boxes: bodies that do not
exist on the date shown.</source>
            <translation>Сұр үзік жақтаулар: көрсетілген күні
жоқ органдар.</translation>
        </message>
        <message>
            <source>was:</source>
            <translation>бұрын:</translation>
        </message>
        <message>
            <source>Valid:</source>
            <translation>Күшінде:</translation>
        </message>
        <message>
            <source>Not confirmed: the sources from {date} on do not mention it.</source>
            <translation>Расталмаған: {date} бастап дереккөздер бұл туралы айтпайды.</translation>
        </message>
        <message>
            <source>Reform: {title} (click to open)</source>
            <translation>Реформа: {title} (ашу үшін басыңыз)</translation>
        </message>
        <message>
            <source>Sources:</source>
            <translation>Дереккөздер:</translation>
        </message>
        <message>
            <source>Disputed by:</source>
            <translation>Дау айтатындар:</translation>
        </message>
        <message>
            <source>Confidence:</source>
            <translation>Сенімділік:</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>Ескертпе:</translation>
        </message>
        <message>
            <source>sources:</source>
            <translation>дереккөздер:</translation>
        </message>
        <message>
            <source>disputed by</source>
            <translation>дау айтатындар</translation>
        </message>
        <message>
            <source>unconfirmed from {date}</source>
            <translation>{date} бастап расталмаған</translation>
        </message>
        <message>
            <source>confidence: {level}</source>
            <translation>сенімділік: {level}</translation>
        </message>
        <message>
            <source>Recorded relations: {relations}, among bodies that exist on this date: {bodies}.</source>
            <translation>Тіркелген байланыстар: {relations}; осы күні бар органдар: {bodies}.</translation>
        </message>
        <message>
            <source>How to read it.</source>
            <translation>Сызбаны қалай оқу керек.</translation>
        </message>
        <message>
            <source>Each arrow goes from the body that holds a power to the body it is held over. Hover over an arrow for its details and sources; click it to open the reform that introduced or ended it. Click a body to list its powers then and now. Dotted arrows rest on earlier rules that the newer sources do not mention.</source>
            <translation>Әр көрсеткі өкілеттігі бар органнан сол өкілеттік қолданылатын органға қарай бағытталған. Толығырақ мәлімет пен дереккөздерді көру үшін көрсеткіге меңзеңіз; өкілеттікті енгізген не тоқтатқан реформаны ашу үшін оны басыңыз. Органның сол кездегі және қазіргі өкілеттіктерін көру үшін оны басыңыз. Нүктелі көрсеткілер жаңа дереккөздер атамайтын бұрынғы нормаларға сүйенеді.</translation>
        </message>
        <message>
            <source>The legend names each colour and line. Select a body (click it, or move to it with the arrow keys and press Enter) to label its relations and fade the rest; Escape goes back. All labels labels every arrow that has room.</source>
            <translation>Шартты белгілер әр түс пен сызықты түсіндіреді. Органның байланыстарына жазу қойып, қалғанын күңгірттеу үшін оны таңдаңыз (басу арқылы немесе бағыт пернелерімен барып, Enter басыңыз); Escape кері қайтарады. «Барлық жазулар» орны бар әр көрсеткіге жазу қояды.</translation>
        </message>
        <message>
            <source>Relations are recorded only as far as the sources state them. Counts are not a measure of strength.</source>
            <translation>Байланыстар дереккөздерде айтылған көлемде ғана тіркелген. Саны күштің өлшемі емес.</translation>
        </message>
        <message>
            <source>No change.</source>
            <translation>Өзгеріс жоқ.</translation>
        </message>
        <message>
            <source>the sources cannot tell</source>
            <translation>дереккөздерден білу мүмкін емес</translation>
        </message>
        <message>
            <source>exists {start} – {end}</source>
            <translation>бар кезеңі: {start} – {end}</translation>
        </message>
        <message>
            <source>before 2019</source>
            <translation>2019 жылға дейін</translation>
        </message>
        <message>
            <source>today</source>
            <translation>бүгін</translation>
        </message>
        <message>
            <source>back to overview</source>
            <translation>шолуға оралу</translation>
        </message>
        <message>
            <source>its powers over others</source>
            <translation>оның басқаларға қатысты өкілеттіктері</translation>
        </message>
        <message>
            <source>checks on it</source>
            <translation>оған қатысты тежемелер</translation>
        </message>
        <message>
            <source>Then</source>
            <translation>Сол кезде</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Қазір</translation>
        </message>
        <message>
            <source>On</source>
            <translation>Күні</translation>
        </message>
        <message>
            <source>Does not exist on this date.</source>
            <translation>Бұл күні жоқ.</translation>
        </message>
        <message>
            <source>none recorded</source>
            <translation>ештеңе тіркелмеген</translation>
        </message>
        <message>
            <source>Holds</source>
            <translation>Өкілеттіктері</translation>
        </message>
        <message>
            <source>Checked by</source>
            <translation>Оны тежейтіндер</translation>
        </message>
        <message>
            <source>Compared with the {name} (replaced {date})</source>
            <translation>«{name}» органымен салыстыру (ауыстырылған күні: {date})</translation>
        </message>
        <message>
            <source>On {after} the {new} can do what the {old} could not on {before}:</source>
            <translation>«{new}» {after} күні жасай алатын, ал «{old}» {before} күні жасай алмаған нәрселер:</translation>
        </message>
        <message>
            <source>nothing recorded</source>
            <translation>ештеңе тіркелмеген</translation>
        </message>
        <message>
            <source>The {old} could, and the {new} cannot (as recorded):</source>
            <translation>«{old}» жасай алған, ал «{new}» жасай алмайтын нәрселер (тіркелгені бойынша):</translation>
        </message>
        <message>
            <source>Both:</source>
            <translation>Екеуі де:</translation>
        </message>
        <message>
            <source>Of these, {n} are described only under the 2026 Constitution; the sources do not say whether another body held them before.</source>
            <translation>Олардың {n} тек 2026 жылғы Конституция бойынша сипатталған; дереккөздер олар бұрын басқа органда болған-болмағанын айтпайды.</translation>
        </message>
        <message>
            <source>between {start} and {end}</source>
            <translation>{start} мен {end} аралығында</translation>
        </message>
        <message>
            <source>Introduced by:</source>
            <translation>Енгізген:</translation>
        </message>
        <message>
            <source>Ended by:</source>
            <translation>Тоқтатқан:</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Дереккөздер</translation>
        </message>
        <message>
            <source>Disputed by</source>
            <translation>Дау айтатындар</translation>
        </message>
        <message>
            <source>overview</source>
            <translation>шолу</translation>
        </message>
        <message>
            <source>Power balance: changes {start} → {end}</source>
            <translation>Өкілеттіктер балансы: өзгерістер {start} → {end}</translation>
        </message>
        <message>
            <source>Power balance on {date}</source>
            <translation>Өкілеттіктер балансы: {date}</translation>
        </message>
        <message>
            <source>{heading}: relations: {n}</source>
            <translation>{heading}: байланыстар: {n}</translation>
        </message>
        <message>
            <source>each relation with its sources on the following pages</source>
            <translation>әр байланыс дереккөздерімен — келесі беттерде</translation>
        </message>
        <message>
            <source>from {start}</source>
            <translation>{start} бастап</translation>
        </message>
        <message>
            <source>(unconfirmed from {date})</source>
            <translation>({date} бастап расталмаған)</translation>
        </message>
        <message>
            <source>{name} holds powers: {count}, over institutions: {over}:</source>
            <translation>{name}: өкілеттіктер — {count}, қатысты институттар — {over}:</translation>
        </message>
        <message>
            <source>{name} holds no recorded power over another institution.</source>
            <translation>{name}: басқа институттарға қатысты тіркелген өкілеттік жоқ.</translation>
        </message>
        <message>
            <source>Checks on it: {count}, from institutions: {by}:</source>
            <translation>Оған қатысты тежемелер: {count}, институттар тарапынан: {by}:</translation>
        </message>
        <message>
            <source>No recorded institution holds a power over it.</source>
            <translation>Оған қатысты тіркелген өкілеттігі бар институт жоқ.</translation>
        </message>
        <message>
            <source>Of these, {n} rest on earlier rules the newer sources do not mention.</source>
            <translation>Олардың {n} жаңа дереккөздер атамайтын бұрынғы нормаларға сүйенеді.</translation>
        </message>
        <message>
            <source>Of these, {n} are disputed between sources.</source>
            <translation>Олардың {n} дереккөздер арасында дау тудырады.</translation>
        </message>
        <message>
            <source>Counts are of recorded relations, not a measure of strength: one appointment may weigh more than several consents.</source>
            <translation>Тіркелген байланыстар саналған, бұл күштің өлшемі емес: бір тағайындау бірнеше келісімнен салмақтырақ болуы мүмкін.</translation>
        </message>
    </context>
    <context>
        <name>PowerBalanceView</name>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Күні:</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Күні</translation>
        </message>
        <message>
            <source>Moves the date the powers are shown for, one day per step</source>
            <translation>Өкілеттіктер көрсетілетін күнді бір қадамда бір күнге жылжытады</translation>
        </message>
        <message>
            <source>Date shown</source>
            <translation>Көрсетілген күн</translation>
        </message>
        <message>
            <source>Eras:</source>
            <translation>Кезеңдер:</translation>
        </message>
        <message>
            <source>Era: {label}</source>
            <translation>Кезең: {label}</translation>
        </message>
        <message>
            <source>Show &amp;changes</source>
            <translation>Өз&amp;герістерді көрсету</translation>
        </message>
        <message>
            <source>Show changes between two dates</source>
            <translation>Екі күн арасындағы өзгерістерді көрсету</translation>
        </message>
        <message>
            <source>Colour the powers gained, lost or changed between the two dates, read from the earlier to the later</source>
            <translation>Екі күн арасында алынған, жоғалтылған немесе өзгерген өкілеттіктерді ертеректен кейінгіге қарай түспен белгілеу</translation>
        </message>
        <message>
            <source>Compare &amp;with:</source>
            <translation>С&amp;алыстыру күні:</translation>
        </message>
        <message>
            <source>Compare with</source>
            <translation>Салыстыру күні</translation>
        </message>
        <message>
            <source>The other date of the comparison, earlier or later</source>
            <translation>Салыстырудың екінші күні, ертерек немесе кейінірек</translation>
        </message>
        <message>
            <source>Export &amp;PNG…</source>
            <translation>&amp;PNG экспорттау…</translation>
        </message>
        <message>
            <source>Export the graph as a PNG image</source>
            <translation>Сызбаны PNG суреті ретінде экспорттау</translation>
        </message>
        <message>
            <source>P&amp;rint…</source>
            <translation>Басып &amp;шығару…</translation>
        </message>
        <message>
            <source>Print the graph and the table of relations</source>
            <translation>Сызба мен байланыстар кестесін басып шығару</translation>
        </message>
        <message>
            <source>Graph or table</source>
            <translation>Сызба немесе кесте</translation>
        </message>
        <message>
            <source>Power-balance graph</source>
            <translation>Өкілеттіктер балансының сызбасы</translation>
        </message>
        <message>
            <source>&amp;Graph</source>
            <translation>&amp;Сызба</translation>
        </message>
        <message>
            <source>Filter relations (any column)…</source>
            <translation>Байланыстарды сүзу (кез келген баған)…</translation>
        </message>
        <message>
            <source>Filter relations</source>
            <translation>Байланыстарды сүзу</translation>
        </message>
        <message>
            <source>Power relations table</source>
            <translation>Өкілеттік байланыстарының кестесі</translation>
        </message>
        <message>
            <source>&amp;Table</source>
            <translation>&amp;Кесте</translation>
        </message>
        <message>
            <source>Details of the selected institution or relation</source>
            <translation>Таңдалған институт не байланыс туралы толығырақ</translation>
        </message>
        <message>
            <source>Print power balance</source>
            <translation>Өкілеттіктер балансын басып шығару</translation>
        </message>
        <message>
            <source>Export PNG</source>
            <translation>PNG экспорттау</translation>
        </message>
        <message>
            <source>PNG image (*.png)</source>
            <translation>PNG суреті (*.png)</translation>
        </message>
    </context>
    <context>
        <name>PowerModel</name>
        <message>
            <source>appoints</source>
            <translation>тағайындайды</translation>
        </message>
        <message>
            <source>appoints with consent</source>
            <translation>келісіммен тағайындайды</translation>
        </message>
        <message>
            <source>nominates</source>
            <translation>кандидат ұсынады</translation>
        </message>
        <message>
            <source>proposes</source>
            <translation>ұсыныс енгізеді</translation>
        </message>
        <message>
            <source>recommends</source>
            <translation>ұсыным береді</translation>
        </message>
        <message>
            <source>elects</source>
            <translation>сайлайды</translation>
        </message>
        <message>
            <source>consents to</source>
            <translation>келісім береді</translation>
        </message>
        <message>
            <source>approves</source>
            <translation>бекітеді</translation>
        </message>
        <message>
            <source>dismisses</source>
            <translation>босатады</translation>
        </message>
        <message>
            <source>dissolves</source>
            <translation>таратады</translation>
        </message>
        <message>
            <source>no confidence</source>
            <translation>сенімсіздік</translation>
        </message>
        <message>
            <source>vetoes</source>
            <translation>вето қояды</translation>
        </message>
        <message>
            <source>applies to</source>
            <translation>жүгінеді</translation>
        </message>
        <message>
            <source>summons</source>
            <translation>шақырады</translation>
        </message>
        <message>
            <source>oversees</source>
            <translation>бақылайды</translation>
        </message>
        <message>
            <source>After June 2022</source>
            <translation>2022 маусымнан</translation>
        </message>
        <message>
            <source>After Sept. 2022</source>
            <translation>2022 қыркүйектен</translation>
        </message>
        <message>
            <source>After July 2026</source>
            <translation>2026 шілдеден</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Бүгін</translation>
        </message>
        <message>
            <source>The 1995 Constitution as amended up to 2019: 15 presidential senators, a Constitutional Council, regional akims appointed on the Prime Minister's proposal.</source>
            <translation>2019 жылға дейінгі редакциядағы 1995 жылғы Конституция: Президент тағайындайтын 15 сенатор, Конституциялық Кеңес, Премьер-Министрдің ұсынуымен тағайындалатын облыс әкімдері.</translation>
        </message>
        <message>
            <source>The amendments approved in the referendum of 5 June 2022 (dated here 8 June 2022).</source>
            <translation>2022 жылғы 5 маусымдағы референдумда мақұлданған түзетулер (мұнда 2022 жылғы 8 маусыммен белгіленген).</translation>
        </message>
        <message>
            <source>The single seven-year presidential term, signed on 17 September 2022.</source>
            <translation>Президенттің жеті жылдық бір реттік өкілеттік мерзімі, 2022 жылғы 17 қыркүйекте қол қойылған.</translation>
        </message>
        <message>
            <source>The Constitutional Court starts work; citizens may apply to it.</source>
            <translation>Конституциялық Сот жұмысын бастайды; азаматтар оған жүгіне алады.</translation>
        </message>
        <message>
            <source>The 2026 Constitution: the unicameral Kurultai, a Vice-President, the Halyk Kenesi.</source>
            <translation>2026 жылғы Конституция: бір палаталы Құрылтай, Вице-президент, Халық Кеңесі.</translation>
        </message>
        <message>
            <source>The rules in force today, as far as the sources say.</source>
            <translation>Бүгін күшіндегі нормалар, дереккөздерде айтылған көлемде.</translation>
        </message>
    </context>
    <context>
        <name>PowerTable</name>
        <message>
            <source>Change</source>
            <translation>Өзгеріс</translation>
        </message>
        <message>
            <source>Holder</source>
            <translation>Иесі</translation>
        </message>
        <message>
            <source>Relation</source>
            <translation>Байланыс</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Нысаны</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Толығырақ</translation>
        </message>
        <message>
            <source>Valid</source>
            <translation>Күшінде</translation>
        </message>
        <message>
            <source>Reform entry</source>
            <translation>Реформа туралы жазба</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Дереккөздер</translation>
        </message>
        <message>
            <source>Valid from</source>
            <translation>Басталуы</translation>
        </message>
        <message>
            <source>Valid to</source>
            <translation>Аяқталуы</translation>
        </message>
        <message>
            <source>Confidence</source>
            <translation>Сенімділік</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Ескертпе</translation>
        </message>
        <message>
            <source>(unconfirmed)</source>
            <translation>(расталмаған)</translation>
        </message>
        <message>
            <source>open (unconfirmed from {date})</source>
            <translation>мерзімсіз ({date} бастап расталмаған)</translation>
        </message>
        <message>
            <source>open</source>
            <translation>мерзімсіз</translation>
        </message>
    </context>
    <context>
        <name>PowerTableView</name>
        <message>
            <source>Copy rows</source>
            <translation>Жолдарды көшіру</translation>
        </message>
    </context>
    <context>
        <name>PrintController</name>
        <message>
            <source>Export {what} as PDF</source>
            <translation>PDF-ке экспорттау: {what}</translation>
        </message>
        <message>
            <source>Exporting {what} to PDF…</source>
            <translation>PDF-ке экспортталуда: {what}…</translation>
        </message>
        <message>
            <source>Saved {path}</source>
            <translation>Сақталды: {path}</translation>
        </message>
        <message>
            <source>Print {what}</source>
            <translation>Басып шығару: {what}</translation>
        </message>
        <message>
            <source>Printing {what}…</source>
            <translation>Басып шығарылуда: {what}…</translation>
        </message>
        <message>
            <source>Sent {what} to the printer</source>
            <translation>Принтерге жіберілді: {what}</translation>
        </message>
        <message>
            <source>Print Preview — {what}</source>
            <translation>Басып шығаруды алдын ала қарау — {what}</translation>
        </message>
        <message>
            <source>Nothing to print</source>
            <translation>Басып шығаратын ештеңе жоқ</translation>
        </message>
        <message>
            <source>Choose an entry, select results or bookmark entries first.</source>
            <translation>Алдымен жазбаны ашыңыз, нәтижелерді таңдаңыз немесе жазбаларды бетбелгіге қосыңыз.</translation>
        </message>
        <message>
            <source>Printing</source>
            <translation>Басып шығару</translation>
        </message>
        <message>
            <source>Another print job is still running.</source>
            <translation>Басқа басып шығару тапсырмасы әлі орындалуда.</translation>
        </message>
        <message>
            <source>Printing failed</source>
            <translation>Басып шығару сәтсіз аяқталды</translation>
        </message>
        <message>
            <source>(1 page)</source>
            <translation>(1 бет)</translation>
        </message>
        <message>
            <source>({n} pages)</source>
            <translation>(беттер: {n})</translation>
        </message>
        <message>
            <source>Printing cancelled</source>
            <translation>Басып шығару тоқтатылды</translation>
        </message>
    </context>
    <context>
        <name>PrintOptionsDialog</name>
        <message>
            <source>Print options</source>
            <translation>Басып шығару параметрлері</translation>
        </message>
        <message>
            <source>Print {n} entries as:</source>
            <translation>Жазбаларды басып шығару ({n}):</translation>
        </message>
        <message>
            <source>Print the entry as:</source>
            <translation>Жазбаны басып шығару:</translation>
        </message>
        <message>
            <source>&amp;Summaries</source>
            <translation>&amp;Қысқаша мазмұн</translation>
        </message>
        <message>
            <source>&amp;Full entries</source>
            <translation>&amp;Толық жазбалар</translation>
        </message>
        <message>
            <source>Title, date, status, summary, sources, and how to cite each entry.</source>
            <translation>Әр жазбаның тақырыбы, күні, мәртебесі, қысқаша мазмұны, дереккөздері және сілтеме беру үлгісі.</translation>
        </message>
        <message>
            <source>Also the text, figures, assessments, institutions, related entries and the sources' addresses.</source>
            <translation>Сонымен қатар мәтін, сандық деректер, бағалаулар, институттар, байланысты жазбалар және дереккөздердің мекенжайлары.</translation>
        </message>
        <message>
            <source>Include my &amp;notes ({n} of these entries have one)</source>
            <translation>Менің &amp;ескертпелерімді қосу (ескертпесі бар жазбалар: {n})</translation>
        </message>
        <message>
            <source>Include my &amp;notes (none of these entries has one)</source>
            <translation>Менің &amp;ескертпелерімді қосу (бұл жазбаларда ескертпе жоқ)</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <source>“{title}”. In {atlas}, version {version}, data version {data_version}, entry “{entry_id}”. Accessed {accessed}.</source>
            <translation>«{title}» // {atlas}, нұсқа {version}, деректер нұсқасы {data_version}, жазба «{entry_id}». Қаралған күні: {accessed}.</translation>
        </message>
        <message>
            <source>Entry {id}</source>
            <translation>Жазба: {id}</translation>
        </message>
        <message>
            <source>Printed {date}</source>
            <translation>Басып шығарылған күні: {date}</translation>
        </message>
        <message>
            <source>Cite this entry</source>
            <translation>Бұл жазбаға сілтеме беру</translation>
        </message>
        <message>
            <source>Reading entry {n} of {total}</source>
            <translation>Жазба оқылуда: {n}/{total}</translation>
        </message>
        <message>
            <source>{n} entries</source>
            <translation>Жазбалар: {n}</translation>
        </message>
        <message>
            <source>{n} entry summaries</source>
            <translation>Жазбалардың қысқаша мазмұны ({n})</translation>
        </message>
    </context>
    <context>
        <name>ProgressBox</name>
        <message>
            <source>could not write the file: {reason}</source>
            <translation>файлды жазу мүмкін болмады: {reason}</translation>
        </message>
        <message>
            <source>unexpected error:</source>
            <translation>күтпеген қате:</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Болдырмау</translation>
        </message>
        <message>
            <source>Working</source>
            <translation>Орындалуда</translation>
        </message>
    </context>
    <context>
        <name>ReformEvents</name>
        <message>
            <source>1st package</source>
            <translation>1-пакет</translation>
        </message>
        <message>
            <source>2nd package</source>
            <translation>2-пакет</translation>
        </message>
        <message>
            <source>3rd package</source>
            <translation>3-пакет</translation>
        </message>
        <message>
            <source>4th package</source>
            <translation>4-пакет</translation>
        </message>
        <message>
            <source>Referendum 2022</source>
            <translation>2022 референдумы</translation>
        </message>
        <message>
            <source>Referendum 2024</source>
            <translation>2024 референдумы</translation>
        </message>
        <message>
            <source>Referendum 2026</source>
            <translation>2026 референдумы</translation>
        </message>
        <message>
            <source>Constitution 2026 in force</source>
            <translation>2026 Конституциясы күшінде</translation>
        </message>
    </context>
    <context>
        <name>SearchPanel</name>
        <message>
            <source>Search reforms, institutions, figures…</source>
            <translation>Реформаларды, институттарды, көрсеткіштерді іздеу…</translation>
        </message>
        <message>
            <source>Search (Ctrl+F or /)</source>
            <translation>Іздеу (Ctrl+F немесе /)</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Іздеу</translation>
        </message>
        <message>
            <source>Results update as you type. Down arrow moves to the results.</source>
            <translation>Нәтижелер теру барысында жаңарады. Төмен көрсеткі нәтижелерге өткізеді.</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>Іздеу нәтижелері</translation>
        </message>
        <message>
            <source>No results</source>
            <translation>Нәтиже жоқ</translation>
        </message>
        <message>
            <source>No entries match “{query}” with the filters chosen.
Try Clear filters.</source>
            <translation>Таңдалған сүзгілермен «{query}» сұрауына сай жазба жоқ.
Сүзгілерді тазалап көріңіз.</translation>
        </message>
        <message>
            <source>No entries match “{query}”</source>
            <translation>«{query}» сұрауына сай жазба жоқ</translation>
        </message>
        <message>
            <source>No entries match these filters.
Try Clear filters.</source>
            <translation>Бұл сүзгілерге сай жазба жоқ.
Сүзгілерді тазалап көріңіз.</translation>
        </message>
        <message>
            <source>No entries match these filters</source>
            <translation>Бұл сүзгілерге сай жазба жоқ</translation>
        </message>
    </context>
    <context>
        <name>SourcesModel</name>
        <message>
            <source>Title</source>
            <translation>Тақырып</translation>
        </message>
        <message>
            <source>Publisher</source>
            <translation>Басып шығарушы</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Күні</translation>
        </message>
        <message>
            <source>Cited</source>
            <translation>Сілтемелер</translation>
        </message>
    </context>
    <context>
        <name>SourcesView</name>
        <message>
            <source>Entries</source>
            <translation>Жазбалар</translation>
        </message>
        <message>
            <source>Figures</source>
            <translation>Сандық деректер</translation>
        </message>
        <message>
            <source>Assessments</source>
            <translation>Бағалаулар</translation>
        </message>
        <message>
            <source>Powers</source>
            <translation>Өкілеттіктер</translation>
        </message>
        <message>
            <source>Successions of bodies</source>
            <translation>Органдардың сабақтастығы</translation>
        </message>
        <message>
            <source>Indicator series</source>
            <translation>Көрсеткіштер қатары</translation>
        </message>
        <message>
            <source>Indicator points</source>
            <translation>Көрсеткіш нүктелері</translation>
        </message>
        <message>
            <source>Glossary terms</source>
            <translation>Глоссарий терминдері</translation>
        </message>
        <message>
            <source>Institutions</source>
            <translation>Институттар</translation>
        </message>
        <message>
            <source>in</source>
            <translation>жазбада</translation>
        </message>
        <message>
            <source>disputes:</source>
            <translation>даулайды:</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Құжат</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Мекенжайы</translation>
        </message>
        <message>
            <source>No address or document number recorded.</source>
            <translation>Мекенжай немесе құжат нөмірі жазылмаған.</translation>
        </message>
        <message>
            <source>Source id</source>
            <translation>Дереккөз идентификаторы</translation>
        </message>
        <message>
            <source>Nothing in the atlas cites this source.</source>
            <translation>Атласта бұл дереккөзге сілтеме жоқ.</translation>
        </message>
        <message>
            <source>Cited by</source>
            <translation>Сілтеме жасайтындар</translation>
        </message>
        <message>
            <source>Filter by title, publisher, id or address</source>
            <translation>Тақырып, басып шығарушы, id немесе мекенжай бойынша сүзу</translation>
        </message>
        <message>
            <source>Filter sources</source>
            <translation>Дереккөздерді сүзу</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Дереккөздер</translation>
        </message>
        <message>
            <source>Source details</source>
            <translation>Дереккөз туралы мәлімет</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%2 ішінен %1</translation>
        </message>
        <message>
            <source>%1 sources</source>
            <translation>Дереккөздер: %1</translation>
        </message>
        <message>
            <source>No source matches the filter.</source>
            <translation>Сүзгіге сәйкес дереккөз жоқ.</translation>
        </message>
    </context>
    <context>
        <name>StatusLine</name>
        <message>
            <source>Result count</source>
            <translation>Нәтижелер саны</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Күй жолағы</translation>
        </message>
    </context>
    <context>
        <name>Timeline</name>
        <message>
            <source>Timeline of entries by date</source>
            <translation>Жазбалардың күн бойынша хронологиясы</translation>
        </message>
        <message>
            <source>date unknown</source>
            <translation>күні белгісіз</translation>
        </message>
        <message>
            <source>Reform package: {name}</source>
            <translation>Реформалар пакеті: {name}</translation>
        </message>
        <message>
            <source>Undated entries (no date known)</source>
            <translation>Күні жоқ жазбалар (күні белгісіз)</translation>
        </message>
        <message>
            <source>1995 Constitution as amended to 2021</source>
            <translation>2021 жылға дейінгі редакциядағы 1995 жылғы Конституция</translation>
        </message>
        <message>
            <source>1995 Constitution as amended</source>
            <translation>1995 ж. Конституция (түзетулермен)</translation>
        </message>
        <message>
            <source>1995 Constitution with the 2022 amendments</source>
            <translation>2022 жылғы түзетулері бар 1995 жылғы Конституция</translation>
        </message>
        <message>
            <source>2022 amendments</source>
            <translation>2022 ж. түзетулер</translation>
        </message>
        <message>
            <source>2026 Constitution</source>
            <translation>2026 ж. Конституция</translation>
        </message>
        <message>
            <source>Reform package (from its date to its last entry)</source>
            <translation>Реформалар пакеті (күнінен соңғы жазбасына дейін)</translation>
        </message>
        <message>
            <source>Entry, at its date; Enter opens it</source>
            <translation>Жазба өз күнінде; Enter оны ашады</translation>
        </message>
        <message>
            <source>Timeline legend</source>
            <translation>Хронология шартты белгілері</translation>
        </message>
    </context>
    <context>
        <name>ViewStack</name>
        <message>
            <source>This view could not be opened:</source>
            <translation>Бұл бөлімді ашу мүмкін болмады:</translation>
        </message>
    </context>
    <context>
        <name>YearScale</name>
        <message>
            <source>Years on the date slider</source>
            <translation>Күн шкаласындағы жылдар</translation>
        </message>
    </context>
</TS>
