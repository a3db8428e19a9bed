package dev.vpaysandbox.mock.login;

import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface UserSessionRepository extends JpaRepository<UserSession, Long> {

	List<UserSession> findByAppIdAndUserIdOrderByCreatedAtDescIdDesc(String appId, String userId, Limit limit);

	@Query("select new dev.vpaysandbox.mock.login.UserSummary(s.userId, s.openid, s.unionid, count(s), "
			+ "max(s.createdAt)) from UserSession s where s.appId = :appId "
			+ "group by s.userId, s.openid, s.unionid order by max(s.createdAt) desc")
	List<UserSummary> summarize(@Param("appId") String appId);

}
