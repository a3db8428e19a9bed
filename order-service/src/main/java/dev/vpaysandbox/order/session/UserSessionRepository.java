package dev.vpaysandbox.order.session;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

interface UserSessionRepository extends JpaRepository<UserSession, Long> {

	Optional<UserSession> findByTokenHash(String tokenHash);

	/** The user's newest login, whose session_key is the one the platform holds now. */
	Optional<UserSession> findFirstByAppIdAndOpenidOrderByIdDesc(String appId, String openid);

	@Transactional
	@Modifying
	@Query("delete from UserSession s where s.expiresAt < :cutoff")
	int deleteExpiredBefore(Instant cutoff);

}
