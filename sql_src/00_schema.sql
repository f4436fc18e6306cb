-- Schema of the interview module: the five tables of the spec (columns, types, defaults,
-- checks, foreign keys and its 15 named indexes unchanged) plus learning_resources and the
-- documented additions:
--   question_bank.language            text-search configuration its texts are written in
--   interview_sessions.created_at     the spec's own analytics query filters on it
--   UNIQUE (interview_question_id)    on answers: the spec's "next unanswered question" logic
--                                     assumes one answer per question
-- Shipped rows (question bank, resource catalogue) use ids below 100000; user rows are
-- numbered from 100000 so that the two never collide across pg_dump / restore.

CREATE TABLE question_bank (
    id SERIAL PRIMARY KEY,
    question_text TEXT NOT NULL,
    question_type VARCHAR(50) NOT NULL,
    difficulty_level VARCHAR(20) NOT NULL,
    category VARCHAR(100),
    required_skills TEXT[],
    job_roles TEXT[],
    region VARCHAR(50) DEFAULT 'Global',
    sample_answer TEXT,
    key_points JSONB,
    common_mistakes JSONB,
    follow_up_questions TEXT[],
    difficulty_score INTEGER CHECK (difficulty_score >= 1 AND difficulty_score <= 10),
    usage_count INTEGER DEFAULT 0,
    created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
    updated_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
    language regconfig NOT NULL DEFAULT 'english'
);
COMMENT ON TABLE question_bank IS 'Interview questions with their model answer, key points and common mistakes';
COMMENT ON COLUMN question_bank.language IS 'Text-search configuration the question, key points and sample answer are written in (addition to the spec)';

CREATE INDEX idx_question_bank_type ON question_bank(question_type);
CREATE INDEX idx_question_bank_difficulty ON question_bank(difficulty_level);
CREATE INDEX idx_question_bank_skills ON question_bank USING GIN(required_skills);
CREATE INDEX idx_question_bank_roles ON question_bank USING GIN(job_roles);
CREATE INDEX idx_question_bank_region ON question_bank(region);

CREATE TABLE interview_sessions (
    id SERIAL PRIMARY KEY,
    user_id INTEGER,
    resume_id INTEGER,
    session_type VARCHAR(50) NOT NULL,
    job_role VARCHAR(100),
    difficulty_level VARCHAR(20) CHECK (difficulty_level IN ('junior', 'mid', 'senior')),
    total_questions INTEGER DEFAULT 0,
    questions_answered INTEGER DEFAULT 0,
    average_score FLOAT,
    status VARCHAR(20) CHECK (status IN ('in_progress', 'completed', 'abandoned')),
    duration_seconds INTEGER,
    started_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
    completed_at TIMESTAMP,
    notes TEXT,
    created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP
);
COMMENT ON TABLE interview_sessions IS 'One practice interview of a user';
COMMENT ON COLUMN interview_sessions.created_at IS 'Row creation time (addition to the spec: its analytics query filters on it)';

CREATE INDEX idx_interview_sessions_user_id ON interview_sessions(user_id);
CREATE INDEX idx_interview_sessions_status ON interview_sessions(status);
CREATE INDEX idx_interview_sessions_started_at ON interview_sessions(started_at DESC);

CREATE TABLE interview_questions (
    id SERIAL PRIMARY KEY,
    session_id INTEGER REFERENCES interview_sessions(id) ON DELETE CASCADE,
    question_id INTEGER REFERENCES question_bank(id) ON DELETE CASCADE,
    question_order INTEGER NOT NULL,
    asked_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
    time_limit_seconds INTEGER,
    UNIQUE(session_id, question_order)
);
COMMENT ON TABLE interview_questions IS 'The questions of a session, in order';

CREATE INDEX idx_interview_questions_session_id ON interview_questions(session_id);
CREATE INDEX idx_interview_questions_question_id ON interview_questions(question_id);
CREATE UNIQUE INDEX idx_interview_questions_session_order
  ON interview_questions(session_id, question_order);

CREATE TABLE interview_answers (
    id SERIAL PRIMARY KEY,
    interview_question_id INTEGER REFERENCES interview_questions(id) ON DELETE CASCADE,
    session_id INTEGER REFERENCES interview_sessions(id) ON DELETE CASCADE,
    user_answer TEXT,
    time_taken_seconds INTEGER,
    relevance_score INTEGER CHECK (relevance_score >= 0 AND relevance_score <= 100),
    completeness_score INTEGER CHECK (completeness_score >= 0 AND completeness_score <= 100),
    clarity_score INTEGER CHECK (clarity_score >= 0 AND clarity_score <= 100),
    technical_accuracy_score INTEGER CHECK (technical_accuracy_score >= 0 AND technical_accuracy_score <= 100),
    communication_score INTEGER CHECK (communication_score >= 0 AND communication_score <= 100),
    overall_score INTEGER CHECK (overall_score >= 0 AND overall_score <= 100),
    strengths JSONB,
    weaknesses JSONB,
    missing_points JSONB,
    suggestions JSONB,
    ai_feedback TEXT,
    word_count INTEGER,
    sentiment VARCHAR(20),
    analyzed_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT interview_answers_one_per_question UNIQUE (interview_question_id)
);
COMMENT ON TABLE interview_answers IS 'Answers, scored on insert by the analysis trigger';
COMMENT ON CONSTRAINT interview_answers_one_per_question ON interview_answers IS 'One answer per session question (addition to the spec)';

CREATE INDEX idx_interview_answers_question_id ON interview_answers(interview_question_id);
CREATE INDEX idx_interview_answers_session_id ON interview_answers(session_id);
CREATE INDEX idx_interview_answers_overall_score ON interview_answers(overall_score DESC);

CREATE TABLE interview_feedback (
    id SERIAL PRIMARY KEY,
    session_id INTEGER UNIQUE REFERENCES interview_sessions(id) ON DELETE CASCADE,
    overall_performance TEXT,
    technical_rating INTEGER CHECK (technical_rating >= 1 AND technical_rating <= 5),
    communication_rating INTEGER CHECK (communication_rating >= 1 AND communication_rating <= 5),
    confidence_rating INTEGER CHECK (confidence_rating >= 1 AND confidence_rating <= 5),
    key_strengths JSONB,
    areas_to_improve JSONB,
    recommended_resources JSONB,
    preparation_tips TEXT,
    practice_recommendations TEXT,
    created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP
);
COMMENT ON TABLE interview_feedback IS 'The feedback report of a finished session';

CREATE UNIQUE INDEX idx_interview_feedback_session_id ON interview_feedback(session_id);

-- The catalogue that interview_feedback.recommended_resources is chosen from (DESIGN.md).
CREATE TABLE learning_resources (
    id SERIAL PRIMARY KEY,
    resource_type VARCHAR(30) NOT NULL
        CHECK (resource_type IN ('book', 'online_course', 'documentation', 'practice_platform',
                                 'article', 'video', 'tool', 'community')),
    title TEXT NOT NULL,
    author TEXT,
    platform TEXT,
    url TEXT,
    description TEXT,
    areas TEXT[] NOT NULL DEFAULT '{}',
    categories TEXT[] NOT NULL DEFAULT '{}',
    skills TEXT[] NOT NULL DEFAULT '{}',
    region VARCHAR(50) NOT NULL DEFAULT 'Global',
    language regconfig NOT NULL DEFAULT 'english',
    difficulty_level VARCHAR(20) CHECK (difficulty_level IN ('junior', 'mid', 'senior')),
    is_free BOOLEAN,
    usage_count INTEGER NOT NULL DEFAULT 0,
    created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
    updated_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP
);
COMMENT ON TABLE learning_resources IS 'Catalogue of learning resources recommended in session feedback';
CREATE INDEX idx_learning_resources_areas ON learning_resources USING GIN(areas);
CREATE INDEX idx_learning_resources_categories ON learning_resources USING GIN(categories);
CREATE INDEX idx_learning_resources_skills ON learning_resources USING GIN(skills);

-- User rows start at 100000: ids below are reserved for rows the extension ships.
ALTER SEQUENCE question_bank_id_seq RESTART WITH 100000;
ALTER SEQUENCE learning_resources_id_seq RESTART WITH 100000;

-- pg_dump keeps user data of extension tables only when registered. Shipped rows are
-- re-created by CREATE EXTENSION on restore, so the dump leaves them out unless a user has
-- changed them (usage counts, edits); _merge_shipped_row() (triggers) folds such a row into
-- the re-created one instead of colliding with it.
SELECT pg_catalog.pg_extension_config_dump('question_bank',
    'WHERE id >= 100000 OR usage_count <> 0 OR updated_at IS DISTINCT FROM created_at');
SELECT pg_catalog.pg_extension_config_dump('question_bank_id_seq', '');
SELECT pg_catalog.pg_extension_config_dump('learning_resources',
    'WHERE id >= 100000 OR usage_count <> 0 OR updated_at IS DISTINCT FROM created_at');
SELECT pg_catalog.pg_extension_config_dump('learning_resources_id_seq', '');
SELECT pg_catalog.pg_extension_config_dump('interview_sessions', '');
SELECT pg_catalog.pg_extension_config_dump('interview_sessions_id_seq', '');
SELECT pg_catalog.pg_extension_config_dump('interview_questions', '');
SELECT pg_catalog.pg_extension_config_dump('interview_questions_id_seq', '');
SELECT pg_catalog.pg_extension_config_dump('interview_answers', '');
SELECT pg_catalog.pg_extension_config_dump('interview_answers_id_seq', '');
SELECT pg_catalog.pg_extension_config_dump('interview_feedback', '');
SELECT pg_catalog.pg_extension_config_dump('interview_feedback_id_seq', '');
