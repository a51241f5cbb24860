"""Every string the user sees, in Kazakh and Russian, and the date formats of both languages."""

from __future__ import annotations

LANGS = ("kk", "ru")
DEFAULT_LANG = "kk"

_MONTHS_KK = (
    "қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым",
    "шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан",
)  # fmt: skip
_MONTHS_RU_NOMINATIVE = (
    "январь", "февраль", "март", "апрель", "май", "июнь",
    "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь",
)  # fmt: skip
_MONTHS_RU_GENITIVE = (
    "января", "февраля", "марта", "апреля", "мая", "июня",
    "июля", "августа", "сентября", "октября", "ноября", "декабря",
)  # fmt: skip

_TEXTS: dict[str, dict[str, str]] = {
    "kk": {
        "greeting": (
            "Сәлеметсіз бе, {name}! Мен Қазақстан тарихы туралы (1917–1918 жж.) сұрақтарға "
            "энциклопедия мақаласынан үзінді келтіріп жауап беремін.\n\n"
            "📖 Дереккөз: {citation}\n"
            "🗺 Өңірлер: {regions}\n\n"
            "Сұрағыңызды жазыңыз немесе мысалды таңдаңыз:"
        ),
        "help_group": (
            "Топта маған /ask командасымен сұрақ қойыңыз, мені атап жазыңыз "
            "немесе менің хабарыма жауап беріңіз."
        ),
        "reader": "құрметті оқырман",
        "lang_prompt": "Интерфейс тілін таңдаңыз:",
        "lang_set": "Интерфейс тілі: қазақша.",
        "not_found": (
            "Кешіріңіз, мәтінде бұл сұраққа жауап таба алмадым. Мәтін 1917–1918 жылдардағы "
            "Қазақстандағы оқиғалар туралы: Октябрь революциясы, Совет өкіметінің орнауы, "
            "өңірлер: {regions}."
        ),
        "try_examples": "Мысалы, мыналарды сұрап көріңіз:",
        "empty": "Сұрағыңызды мәтінмен жазыңыз.",
        "too_long": "Сұрақ тым ұзын. Қысқаша ({limit} таңбаға дейін) жазыңыз.",
        "no_letters": "Сұрақты сөзбен жазыңыз, мысалы: «Верныйда Совет өкіметі қашан орнады?»",
        "unsupported": "Мен тек мәтіндік сұрақтарды түсінемін. Сұрағыңызды жазыңыз.",
        "flood": "Тым көп сұрақ. Бір минуттан кейін қайталап көріңіз.",
        "error": "Кешіріңіз, бірдеңе дұрыс болмады. Сәл кейінірек қайталап көріңіз.",
        "btn_next": "Келесі үзінді ▶",
        "btn_context": "Контекст 📖",
        "no_more": "Басқа үзінді жоқ.",
        "index_changed": "Индекс жаңарды: сұраққа жаңадан жауап берілді.",
        "context_title": "Алдыңғы және келесі үзінділер:",
        "thanks": "Рақмет!",
        "expired": "Бұл сұрақтың мерзімі өтті. Қайта сұраңыз.",
        "ask_usage": "Сұрақты командадан кейін жазыңыз: /ask Алашорда қашан құрылды?",
        "inline_private": "Жеке чатта сұрау",
        "section": "Бөлім",
        "region_unknown": "өңір көрсетілмеген",
        "date_unknown": "күні көрсетілмеген",
        "cmd_start": "Бастау",
        "cmd_help": "Анықтама",
        "cmd_lang": "Тілді ауыстыру",
        "cmd_ask": "Сұрақ қою",
        "cmd_reindex": "Индексті қайта құру",
        "cmd_stats": "Статистика",
        "admin_only": "Бұл команда тек әкімшілерге арналған.",
        "reindex_busy": "Индекс қазір қайта құрылып жатыр. Аяқталуын күтіңіз.",
        "reindex_started": "⏳ Индексті қайта құру басталды…",
        "reindex_progress": "⏳ Индекс құрылуда: {stage} {done}/{total}",
        "reindex_done": "✅ Индекс дайын: #{build_id}, {passages} үзінді, модель {model}.",
        "reindex_failed": "❌ Индекс құрылмады ({reason}). Бұрынғы индекс жұмыс істеп тұр.",
        "stage_ingest": "мәтіндерді оқу",
        "stage_embed": "векторлау",
        "stage_index": "индекстеу",
        "stage_done": "аяқталды",
        "doc_saved": "📄 {name} сақталды. Индексті қайта құрамын.",
        "doc_invalid": (
            "Файл қабылданбады: {reason}. UTF-8 кодтауындағы .txt файлын "
            "({limit_mb} МБ-қа дейін) жіберіңіз."
        ),
        "doc_reason_not_utf8": "UTF-8 мәтіні емес",
        "doc_reason_empty": "файл бос",
        "doc_reason_too_large": "файл {limit_mb} МБ-тан үлкен",
        "doc_reason_bad_name": "атауы .txt емес немесе жарамсыз",
        "doc_reason_not_text": "бұл мәтін файлы емес",
        "stats": (
            "📊 Сұрақтар: {total}, жауап берілгені: {answered_share}\n"
            "Тілдер бойынша: {by_lang}\n"
            "Жиі сұралған өңірлер: {regions}\n"
            "Бағалар: 👍 {helpful} / 👎 {unhelpful}\n"
            "Индекс: #{build_id}, модель {model}, {passages} үзінді, құрылған уақыты {built}"
        ),
        "none": "жоқ",
        "chart_title": "Қазақстанда Совет өкіметінің орнауы, 1917–1918 жж.",
        "chart_established": "Совет өкіметі орнады",
        "chart_contested": "орнады, кейін құлатылды не бүлікке тап болды",
        "chart_setback": "контрреволюциялық бүлік, төңкеріс",
        "chart_not_established": "Совет өкіметі орнамады",
        "chart_month_only": "тек айы белгілі",
        "chart_caption": "Дерек көзі: {citation}",
    },
    "ru": {
        "greeting": (
            "Здравствуйте, {name}! Я отвечаю на вопросы по истории Казахстана 1917–1918 гг., "
            "цитируя статью казахской энциклопедии (цитаты — на языке источника, казахском).\n\n"
            "📖 Источник: {citation}\n"
            "🗺 Регионы: {regions}\n\n"
            "Напишите вопрос или выберите пример:"
        ),
        "help_group": (
            "В группе спросите меня командой /ask, упомяните меня или ответьте на моё сообщение."
        ),
        "reader": "уважаемый читатель",
        "lang_prompt": "Выберите язык интерфейса:",
        "lang_set": "Язык интерфейса: русский.",
        "not_found": (
            "К сожалению, в тексте нет ответа на этот вопрос. Текст рассказывает о событиях "
            "1917–1918 гг. в Казахстане: Октябрьская революция, установление Советской власти, "
            "регионы: {regions}."
        ),
        "try_examples": "Попробуйте, например, спросить:",
        "empty": "Напишите вопрос текстом.",
        "too_long": "Вопрос слишком длинный. Сформулируйте короче (до {limit} символов).",
        "no_letters": (
            "Задайте вопрос словами, например: «Когда в Верном установилась Советская власть?»"
        ),
        "unsupported": "Я понимаю только текстовые вопросы. Напишите, пожалуйста, вопрос.",
        "flood": "Слишком много вопросов. Попробуйте через минуту.",
        "error": "Извините, что-то пошло не так. Попробуйте чуть позже.",
        "btn_next": "Следующий отрывок ▶",
        "btn_context": "Контекст 📖",
        "no_more": "Других отрывков нет.",
        "index_changed": "Индекс обновился: ответ на вопрос найден заново.",
        "context_title": "Предыдущий и следующий отрывки:",
        "thanks": "Спасибо!",
        "expired": "Этот вопрос устарел. Спросите заново.",
        "ask_usage": "Напишите вопрос после команды: /ask Когда была создана Алаш-Орда?",
        "inline_private": "Спросить в личном чате",
        "section": "Раздел",
        "region_unknown": "регион не указан",
        "date_unknown": "дата не указана",
        "cmd_start": "Начать",
        "cmd_help": "Справка",
        "cmd_lang": "Сменить язык",
        "cmd_ask": "Задать вопрос",
        "cmd_reindex": "Перестроить индекс",
        "cmd_stats": "Статистика",
        "admin_only": "Эта команда только для администраторов.",
        "reindex_busy": "Индекс уже перестраивается. Дождитесь окончания.",
        "reindex_started": "⏳ Перестройка индекса началась…",
        "reindex_progress": "⏳ Строится индекс: {stage} {done}/{total}",
        "reindex_done": "✅ Индекс готов: #{build_id}, {passages} отрывков, модель {model}.",
        "reindex_failed": "❌ Индекс не построен ({reason}). Работает прежний индекс.",
        "stage_ingest": "чтение текстов",
        "stage_embed": "векторизация",
        "stage_index": "индексирование",
        "stage_done": "готово",
        "doc_saved": "📄 {name} сохранён. Перестраиваю индекс.",
        "doc_invalid": (
            "Файл не принят: {reason}. Пришлите .txt в кодировке UTF-8 (до {limit_mb} МБ)."
        ),
        "doc_reason_not_utf8": "это не текст UTF-8",
        "doc_reason_empty": "файл пуст",
        "doc_reason_too_large": "файл больше {limit_mb} МБ",
        "doc_reason_bad_name": "имя не .txt или недопустимо",
        "doc_reason_not_text": "это не текстовый файл",
        "stats": (
            "📊 Вопросов: {total}, с ответом: {answered_share}\n"
            "По языкам: {by_lang}\n"
            "Частые регионы: {regions}\n"
            "Оценки: 👍 {helpful} / 👎 {unhelpful}\n"
            "Индекс: #{build_id}, модель {model}, {passages} отрывков, построен {built}"
        ),
        "none": "нет",
        "chart_title": "Установление Советской власти в Казахстане, 1917–1918 гг.",
        "chart_established": "Советская власть установлена",
        "chart_contested": "установлена, затем свергнута или встретила мятеж",
        "chart_setback": "контрреволюционный мятеж, переворот",
        "chart_not_established": "Советская власть не установлена",
        "chart_month_only": "известен только месяц",
        "chart_caption": "Источник: {citation}",
    },
}


def text(lang: str, key: str, **values: object) -> str:
    """The UI string `key` in `lang` (Kazakh when the language is unknown), formatted."""
    template = _TEXTS.get(lang, _TEXTS[DEFAULT_LANG])[key]
    return template.format(**values) if values else template


def document_reason(lang: str, code: str, **values: object) -> str:
    """Explain an `InvalidDocument` reason code; unknown codes are shown as they are."""
    template = _TEXTS.get(lang, _TEXTS[DEFAULT_LANG]).get(f"doc_reason_{code}", code)
    return template.format(**values) if values else template


def lang_from_code(language_code: str | None) -> str | None:
    """Map a Telegram `language_code` ("ru", "kk-KZ", ...) to a UI language, if we have it."""
    if not language_code:
        return None
    base = language_code.split("-")[0].lower()
    return base if base in LANGS else None


def month_name(month: int, lang: str) -> str:
    """A month (1-12) by name, as a calendar heading: «қазан», «октябрь»."""
    return (_MONTHS_RU_NOMINATIVE if lang == "ru" else _MONTHS_KK)[month - 1]


def format_date(iso: str | None, lang: str) -> str | None:
    """Render "1918", "1918-02" or "1918-02-16" at its precision, in the user's language."""
    if not iso:
        return None
    parts = iso.split("-")
    year = parts[0]
    if len(parts) == 1:
        return f"{year} жыл" if lang == "kk" else f"{year} г."
    month = int(parts[1]) - 1
    if len(parts) == 2:
        if lang == "kk":
            return f"{year} жылғы {_MONTHS_KK[month]}"
        return f"{_MONTHS_RU_NOMINATIVE[month]} {year} г."
    day = int(parts[2])
    if lang == "kk":
        return f"{year} жылғы {day} {_MONTHS_KK[month]}"
    return f"{day} {_MONTHS_RU_GENITIVE[month]} {year} г."


_KK_VOWELS = "аәеіоөұүыуэюяи"
_KK_FRONT_VOWELS = "әеіөүэи"
# After these the locative starts with т: «Петроградта», «Ташкентте»; else д: «Семейде».
_KK_HARD_ENDINGS = "бвгдкқпстфхцчшщ"


def kk_locative(phrase: str) -> str:
    """Kazakh locative (-да/-де/-та/-те) by vowel harmony and the last sound: «Семей» →
    «Семейде»; a two-word name ending in a possessive takes -нда/-нде («Дала өлкесінде»)."""
    vowels = [c for c in phrase.lower() if c in _KK_VOWELS]
    ending = "е" if vowels and vowels[-1] in _KK_FRONT_VOWELS else "а"
    if " " in phrase and phrase.endswith(("сы", "сі")):
        return f"{phrase}нд{ending}"
    consonant = "т" if phrase[-1].lower() in _KK_HARD_ENDINGS else "д"
    return f"{phrase}{consonant}{ending}"
