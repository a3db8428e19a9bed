-- The two services never share a database: the mock uses vpay_mock (created by the image),
-- order-service this one.
CREATE DATABASE vpay_order OWNER vpay;
