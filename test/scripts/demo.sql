-- make demo: a scripted walk through the interview module (grows with every feature).
\pset footer off
\echo '== utopiahire_interview demo =='
CREATE EXTENSION utopiahire_interview;
\echo
\echo 'Tables of the interview module:'
SELECT c.relname AS "table", obj_description(c.oid) AS "what it holds"
  FROM pg_class c JOIN pg_depend d ON d.objid = c.oid AND d.deptype = 'e'
 WHERE c.relkind = 'r' AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'utopiahire_interview')
 ORDER BY 1;
\echo 'The spec''s overall score of 85, 78, 90, 82, 88:'
SELECT interview_overall_score(85, 78, 90, 82, 88) AS overall;

\echo
\echo '== A whole interview: start, six answers of varied quality, completion =='
SELECT start_interview(1, 'mixed', 'Backend Developer', 'mid', n => 6, seed => 42) AS session_id \gset
\echo 'The first question the candidate sees:'
SELECT question_number AS "#", total_questions AS "of", category, question_text
  FROM next_question(:session_id);

-- The answers, built from each question's model answer: a full answer, a partial one (its first
-- sentence) and a hesitant, vague one, in turn.
CREATE FUNCTION pg_temp.answer_all(session int) RETURNS int LANGUAGE plpgsql AS $$
DECLARE
    q record;
    answered int := 0;
BEGIN
    FOR q IN SELECT iq.id, iq.question_order, qb.sample_answer
               FROM interview_questions iq JOIN question_bank qb ON qb.id = iq.question_id
              WHERE iq.session_id = session ORDER BY iq.question_order LOOP
        PERFORM submit_answer(session,
            CASE q.question_order % 3
                WHEN 1 THEN q.sample_answer
                WHEN 2 THEN split_part(q.sample_answer, '. ', 1) || '.'
                ELSE 'I think maybe it depends on the situation, I am not sure. It is kind of about performance, probably.'
            END,
            CASE q.question_order % 3 WHEN 1 THEN 150 WHEN 2 THEN 45 ELSE 15 END,
            q.id);
        answered := answered + 1;
    END LOOP;
    RETURN answered;
END $$;
SELECT pg_temp.answer_all(:session_id) AS answers_submitted;

\echo 'Each answer as scored on insert (full, partial and vague answers in turn):'
SELECT iq.question_order AS "#", qb.category, a.overall_score AS overall, a.relevance_score AS rel,
       a.completeness_score AS cmp, a.clarity_score AS cla, a.technical_accuracy_score AS tec,
       a.communication_score AS com, a.word_count AS words, a.sentiment
  FROM interview_answers a
  JOIN interview_questions iq ON iq.id = a.interview_question_id
  JOIN question_bank qb ON qb.id = iq.question_id
 WHERE a.session_id = :session_id ORDER BY 1;

\echo 'Key-point evidence (must-mention points) of the same analysis as the stored scores and missing_points: status and the words that matched'
SELECT iq.question_order AS "#", p->>'status' AS status, left(p->>'point', 50) AS key_point,
       left(p->'evidence'->>'text', 60) AS evidence
  FROM interview_answers a
  JOIN interview_questions iq ON iq.id = a.interview_question_id
  JOIN question_bank qb ON qb.id = iq.question_id
 CROSS JOIN LATERAL jsonb_array_elements(analyze_answer(a.user_answer, qb.id)->'key_point_coverage'->'must_mention')
       WITH ORDINALITY AS t(p, n)
 WHERE a.session_id = :session_id ORDER BY iq.question_order, n;

\echo 'complete_interview closes the session and writes its feedback:'
SELECT technical_rating, communication_rating, confidence_rating,
       jsonb_array_length(areas_to_improve) AS areas_to_improve,
       jsonb_array_length(recommended_resources) AS resources
  FROM complete_interview(:session_id);
SELECT status, questions_answered, round(average_score::numeric, 1) AS average_score
  FROM interview_sessions WHERE id = :session_id;

\echo
\echo '== The session report (interview_report) =='
\pset format unaligned
\pset tuples_only on
SELECT interview_report(:session_id);
\pset tuples_only off
\pset format aligned
