package dev.vpaysandbox.mock.apps;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AppKeyRepository extends JpaRepository<StoredAppKey, Long> {

	List<StoredAppKey> findTop2ByAppIdAndEnvOrderByVersionDesc(String appId, int env);

	List<StoredAppKey> findByAppIdOrderByEnvAscVersionAsc(String appId);

}
