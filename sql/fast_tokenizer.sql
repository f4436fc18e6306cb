-- The fast tokenizer (plain ASCII words split in C++ when the configuration uses the default
-- parser) gives exactly the parser's tokens, lexemes and offsets. With check_tokenizer on,
-- every text is tokenised both ways and any difference fails the statement, so each query
-- below that returns a row is such a check.
SET client_min_messages = warning;
DROP EXTENSION IF EXISTS utopiahire_interview CASCADE;
CREATE EXTENSION utopiahire_interview;
RESET client_min_messages;

SHOW utopiahire_interview.fast_tokenizer;
SET utopiahire_interview.check_tokenizer = on;

CREATE TEMP TABLE tricky (id serial, t text);
INSERT INTO tricky (t) VALUES
    -- hyphens, apostrophes, sentence punctuation
    ('A well-known trade-off: don''t block; it''s the event-loop''s job.'), ('x - y -- z --5 -5 +5 x- -x'),
    ('End of a sentence. Next one! Really? (yes) [no] "quoted" ''single'''), ('word: word; word, word.'),
    ('wait.. now .. x.. ... x... y. .x ..y ./a ../a'), ('a:b a::b std::vector http: x:'),
    -- numbers, versions, decimals, scientific
    ('~40 checks in 3.5 hours, 1,000 users, 50% faster, v2, 1e5, 2.0.1, -3.25, 10x, abc123 123abc'),
    -- URLs, e-mails, hosts, paths, entities, underscores
    ('See https://example.com/a/b?c=d, mail bob@example.org, host db.internal:5432 and /usr/local/bin or ~/x'),
    ('R&D, Q&A, &amp; &#39; x+y a_b _a snake_case e.g. i.e. node.js .NET C# C++'),
    -- French, Arabic, mixed scripts, emoji, typographic punctuation
    ('L''index accélère la requête ; c''est très rapide — même à grande échelle.'),
    ('الفهرس يسرّع الاستعلام، لكنه يبطئ الكتابة؟ نعم.'),
    ('Mixed: naïve café Straße SQL «quotes» “curly” ‘single’ … 😀 emoji 🚀 x😀y'),
    (E'l’index c''est-à-dire non\u00a0breaking ١٢٣ رقم٣ Ελληνικά кириллица 中文字 é. à: ô- e\u0301 ي\u0651'),
    (E'zero\u200bwidth soft\u00adhyphen \u0301start a\ufe0f ❤\ufe0f नमस्ते हिंदी e\u0301. x\u0301- ß\u0308ss'),
    -- whitespace of every kind, tags, very long words
    (E'tabs\tand\nnew\r\nlines\fform\vfeed  double  spaces '), ('<b>bold</b> and <a href="x y">link</a> text'),
    (repeat('a', 300) || ' ' || repeat('b', 3000) || ' end'), (''), ('   '), ('...'), ('-'), ('.'), ('..'),
    -- one chunk of more than 32 runs of letters
    (repeat('ab,', 40) || 'café(x)é''z. next'),
    -- free-standing numbers, compound words, underscores and symbols among plain words
    ('O(1) and O(n), 100% of 1,000 rows (2019) in 30-minute runs; 1. 2: 3- 1_000 a_1. x=1 y>=2 #3 $4 *5 ^6 `7` {8} |9| \0'),
    ('read-only end-to-end trade-off, a-b- a-b_c x_y-z x-ray. on-call: well-known; café-bar x-é a-1 1-a a--b -a-b'),
    ('department_id self._add a._ b.__ 1._ _x x_ a_b. a_b@c e@x. x:=1 ```python ``` {} -> => == <= '),
    -- a tag after plain words: the parser reads from the chunk holding the first '<' on
    ('plain words first, then i < j and <b>bold</b> more words'), ('x<y z'), ('a <'), ('<');

-- Every text through the three shipped configurations and 'simple', checked token by token.
SELECT c AS config, count(key_point_coverage(t, '{"must_mention": ["index query"]}', c)) AS texts_checked
  FROM tricky, unnest(ARRAY['english', 'french', 'arabic', 'simple']::regconfig[]) c
 GROUP BY c ORDER BY c::text;

-- Random texts over small alphabets of the characters the fast path reads or leaves to the
-- parser (letters, digits, '-', '.', '_', ':', '@', '/', '<', accents, combining marks, Arabic
-- digits, blanks), each checked token by token (setseed: the same texts on every run).
SELECT setseed(0.16);
CREATE TEMP TABLE random_texts AS
SELECT a.alphabet, (SELECT string_agg(substr(a.alphabet, 1 + floor(random() * length(a.alphabet))::int + 0 * i, 1), '')
                      FROM generate_series(1, 1 + (random() * 14)::int + 0 * g) i) AS t
  FROM (VALUES ('a1._ '), ('aZ9.:-_ ,'), ('ab1_-.:@/ '), (E'a1.,_é\u0301 -'), ('e1E.-+ _,;'), ('x0_.:#=%`" '),
               ('a1''(.)-_ '), ('a1.._- ~&/<'), (E'aé٣1—_.-:\t'), ('ab--_.,1 '), ('aé-b1:. '), ('aB-- .''"')) a(alphabet),
       generate_series(1, 400) g;
SELECT count(*) AS random_texts_checked
  FROM random_texts, unnest(ARRAY['english', 'simple']::regconfig[]) c
 WHERE key_point_coverage(t, '{"must_mention": ["x"]}', c) IS NOT NULL;

-- Evidence offsets over a text mixing plain chunks and chunks the parser reads.
SELECT e.p->>'status' AS status, e.p->'evidence' AS evidence
  FROM jsonb_array_elements(key_point_coverage(
           'Situation: ~40 checks took 3.5 hours; the café''s well-known smoke test found bugs.',
           '{"must_mention": ["smoke test", "forty checks", "cafe"]}')->'must_mention') e(p);

-- The same results with the fast path off (the parser reads everything).
CREATE TEMP TABLE fast AS SELECT id, key_point_coverage(t, '{"must_mention": ["index query", "well known"]}') AS r FROM tricky;
SET utopiahire_interview.fast_tokenizer = off;
SELECT count(*) AS texts, count(*) FILTER (WHERE f.r = key_point_coverage(t, '{"must_mention": ["index query", "well known"]}'))
       AS same_results
  FROM tricky JOIN fast f USING (id);
RESET utopiahire_interview.fast_tokenizer;
RESET utopiahire_interview.check_tokenizer;
