-- Per-answer feedback (strengths, weaknesses, suggestions, ai_feedback) in the answer's
-- language, chosen from the text-search configuration the analysis runs with: analyze_answer's
-- config argument, the question's language in analyze_answer(answer, question_id) and in the
-- insert trigger. The session aggregate still finds hedging and gaps in French and Arabic.
SET client_min_messages = warning;
DROP EXTENSION IF EXISTS utopiahire_interview CASCADE;
CREATE EXTENSION utopiahire_interview;
RESET client_min_messages;
TRUNCATE question_bank, learning_resources RESTART IDENTITY CASCADE;

INSERT INTO question_bank (question_text, question_type, difficulty_level, category, difficulty_score, language,
                           key_points, sample_answer, common_mistakes) VALUES
 ('Comment rendre fiable un paiement par mobile money lorsque la connexion réseau est intermittente ?',
  'system_design', 'mid', 'Payments', 6, 'french',
  '{"must_mention": ["Clé d''idempotence pour chaque paiement", "File d''attente locale des transactions",
                     "Confirmation par SMS"],
    "bonus_points": ["Rapprochement quotidien avec l''opérateur"]}',
  'J''attribue une clé d''idempotence à chaque paiement, générée sur le téléphone, pour que l''opérateur ne débite '
  'jamais deux fois le client. Hors connexion, l''application garde les transactions dans une file d''attente locale '
  'chiffrée et les renvoie dès que le réseau revient. Le client reçoit une confirmation par SMS, qui fonctionne même '
  'sur un téléphone basique. Enfin, un rapprochement quotidien avec l''opérateur corrige les écarts.',
  '{"mistakes": [{"mistake": "Bloquer l''application tant que le réseau est absent",
                  "correction": "Laissez le client continuer hors ligne : la file d''attente locale enverra les transactions plus tard"}]}'),
 ('كيف تجعل واجهة تطبيق ويب تدعم اللغة العربية بشكل صحيح؟',
  'technical', 'mid', 'Internationalization', 5, 'arabic',
  '{"must_mention": ["اتجاه الكتابة من اليمين إلى اليسار", "خصائص CSS المنطقية", "توحيد أشكال الحروف في البحث"],
    "bonus_points": ["خطوط عربية واضحة"]}',
  'أضبط السمة dir على rtl في عنصر html حتى يكون اتجاه الكتابة من اليمين إلى اليسار في الصفحة كلها. أستخدم خصائص '
  'CSS المنطقية مثل margin-inline-start بدلا من margin-left، فتنعكس الواجهة تلقائيا. وفي البحث أوحد أشكال الحروف، '
  'مثل الهمزات والتاء المربوطة والألف المقصورة، حتى يجد المستخدم النتيجة مهما كتب. وأختار خطوطا عربية واضحة.',
  '{"mistakes": [{"mistake": "عكس ترتيب الحروف يدويا",
                  "correction": "اترك للمتصفح ترتيب النص ثنائي الاتجاه واضبط السمة dir"}]}'),
 ('How do you make a mobile money payment reliable on an intermittent connection?',
  'system_design', 'mid', 'Payments', 6, 'english',
  '{"must_mention": ["Idempotency key per payment", "Local offline queue", "SMS confirmation"]}',
  NULL, NULL);

CREATE TEMP TABLE answers (id int, question_id int, style text, answer text);
INSERT INTO answers VALUES
 (1, 1, 'strong', 'Chaque paiement reçoit une clé d''idempotence créée sur le téléphone : si la requête est renvoyée, '
                  'l''opérateur ne débite pas deux fois. Hors connexion, les transactions attendent dans une file '
                  'd''attente locale chiffrée, puis partent dès que la connexion revient. Par exemple, au marché, '
                  'le client reçoit ensuite une confirmation par SMS, même sur un téléphone basique. Chaque soir, '
                  'un rapprochement quotidien avec l''opérateur corrige les écarts.'),
 (2, 1, 'hedging', 'Je pense qu''on peut peut-être garder les paiements dans une file d''attente locale, je crois. '
                   'Probablement qu''on relance le paiement sans clé d''idempotence si ça échoue, et qu''on bloque '
                   'l''application tant que le réseau est absent, je suppose.'),
 (3, 2, 'strong', 'أضبط السمة dir على rtl حتى يكون اتجاه الكتابة من اليمين إلى اليسار، وأستخدم خصائص CSS المنطقية '
                  'مثل margin-inline-start فتنعكس الواجهة تلقائيا. مثلا في البحث أوحد أشكال الحروف كالهمزات والتاء '
                  'المربوطة حتى يجد المستخدم ما يبحث عنه مهما كتب. وأختار خطوطا عربية واضحة.'),
 (4, 2, 'hedging', 'ربما نضبط اتجاه الكتابة من اليمين إلى اليسار، أظن. وأعتقد أن خصائص CSS قد تساعد ربما، '
                   'أو نعكس ترتيب الحروف يدويا.'),
 (5, 3, 'hedging', 'I think maybe we keep payments in a local queue, probably, I guess.');

-- analyze_answer(answer, question_id): the question's language chooses the feedback's.
-- (Scores are left out: they belong to sql/analysis.sql.)
\pset format unaligned
SELECT a.id, a.style, r->>'ai_feedback' AS ai_feedback,
       jsonb_pretty(jsonb_build_object('strengths', r->'strengths', 'weaknesses', r->'weaknesses',
                                       'suggestions', r->'suggestions', 'missing_points', r->'missing_points')) AS lists
  FROM answers a, analyze_answer(a.answer, a.question_id) r ORDER BY a.id;
\pset format aligned

-- The config argument decides for the full form (the same question analysed with the english
-- configuration: English wording, and English stemming of the French words).
SELECT c AS config, r->'weaknesses'->>0 AS first_weakness
  FROM question_bank q, answers a, unnest(ARRAY['french', 'english']::regconfig[]) c,
       analyze_answer(a.answer, q.key_points, q.question_text, q.question_type, q.difficulty_level,
                      q.sample_answer, q.common_mistakes, c) r
 WHERE q.id = 1 AND a.id = 2 ORDER BY c::text;

-- A user's configurations: the first Snowball / ispell dictionary of `word`, `asciiword`
-- decides, else the configuration's name; anything else is English.
CREATE TEXT SEARCH CONFIGURATION entretien (COPY = french);
CREATE TEXT SEARCH CONFIGURATION french_simple (COPY = simple);
CREATE TEXT SEARCH CONFIGURATION ar_light (COPY = simple);
CREATE TEXT SEARCH CONFIGURATION french_named_english (COPY = english);
CREATE TEXT SEARCH CONFIGURATION friendly (COPY = simple);
SELECT c AS config, analyze_answer('', '{"must_mention": ["x"]}'::jsonb, config => c)->>'ai_feedback' AS empty_answer
  FROM unnest(ARRAY['french', 'arabic', 'english', 'simple', 'german', 'entretien', 'french_simple', 'ar_light',
                    'french_named_english', 'friendly']::regconfig[]) WITH ORDINALITY AS t(c, n)
 ORDER BY n;
-- A mapping change is seen at once (the cached question is rebuilt).
ALTER TEXT SEARCH CONFIGURATION entretien ALTER MAPPING FOR asciiword, word WITH english_stem;
SELECT analyze_answer('', '{"must_mention": ["x"]}'::jsonb, config => 'entretien')->>'ai_feedback' AS after_remap;
-- `word` is read before `asciiword`, and a dictionary of another template (here simple) is skipped.
CREATE TEXT SEARCH DICTIONARY french_stop (TEMPLATE = simple, STOPWORDS = french);
ALTER TEXT SEARCH CONFIGURATION entretien ALTER MAPPING FOR word WITH french_stop, arabic_stem;
SELECT analyze_answer('', '{"must_mention": ["x"]}'::jsonb, config => 'entretien')->>'ai_feedback' AS word_before_asciiword;
-- Bad configurations fail as before: NULL (22004), unknown (42704).
\set VERBOSITY sqlstate
SELECT analyze_answer('x', '{"must_mention": ["x"]}'::jsonb, config => NULL);
SELECT analyze_answer('x', '{"must_mention": ["x"]}'::jsonb, config => 'klingon');
\set VERBOSITY default

-- The trigger: an INSERT alone writes the localized feedback, as analyze_answer does.
INSERT INTO interview_sessions (user_id, session_type, difficulty_level, status, total_questions)
VALUES (1, 'mixed', 'mid', 'in_progress', 5);
INSERT INTO interview_questions (session_id, question_id, question_order)
SELECT 1, question_id, id FROM answers ORDER BY id;
INSERT INTO interview_answers (interview_question_id, user_answer, time_taken_seconds)
SELECT iq.id, a.answer, 120 FROM answers a JOIN interview_questions iq ON iq.question_order = a.id ORDER BY a.id;
SELECT iq.question_order AS id,
       (x.ai_feedback, x.strengths, x.weaknesses, x.suggestions, x.missing_points, x.overall_score)
     = (r->>'ai_feedback', r->'strengths', r->'weaknesses', r->'suggestions', r->'missing_points',
        (r->>'overall_score')::int) AS same_as_analyze_answer,
       x.weaknesses
  FROM interview_answers x JOIN interview_questions iq ON iq.id = x.interview_question_id
  JOIN answers a ON a.id = iq.question_order, analyze_answer(a.answer, a.question_id) r
 ORDER BY iq.question_order;

-- The session aggregate: the three hedged answers are found whatever their language, the
-- hedging weaknesses are no content gaps (the other weaknesses are), and the missed key points
-- are tallied as written.
SELECT f->'confidence_signals'->'hedged_answers' AS hedged,
       f->'resource_criteria'->'gaps' AS gaps
  FROM (SELECT interview_feedback_agg(a) AS f FROM interview_answers a WHERE session_id = 1) t;
SELECT area->>'area' AS area, area->'specific_gaps' AS specific_gaps
  FROM (SELECT interview_feedback_agg(a) AS f FROM interview_answers a WHERE session_id = 1) t,
       jsonb_array_elements(f->'areas_to_improve') area;
SELECT interview_feedback_agg(a)->'confidence_signals'->'hedged_answers' AS hedged_french_arabic_only
  FROM interview_answers a JOIN interview_questions iq ON iq.id = a.interview_question_id
 WHERE a.session_id = 1 AND iq.question_id IN (1, 2);

-- interview_gap_name reads French and Arabic "did not mention" wordings too.
SELECT p AS missing_point, interview_gap_name(p) AS gap
  FROM unnest(ARRAY['Did not mention caching', 'Missing value handling', 'N’a pas mentionné : Confirmation par SMS',
                    'Manquant : File d''attente locale', 'Manquant la cible', 'لم يذكر خصائص CSS المنطقية',
                    'مفقود: خطوط عربية واضحة']) WITH ORDINALITY AS t(p, n)
 ORDER BY n;
