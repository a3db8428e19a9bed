package dev.vpaysandbox.mock.apps;

import java.util.List;

import dev.vpaysandbox.signing.protocol.Env;

import org.springframework.data.jpa.repository.JpaRepository;

interface AppKeyRepository extends JpaRepository<StoredAppKey, Long> {

	List<StoredAppKey> findTop2ByAppIdAndEnvOrderByVersionDesc(String appId, Env env);

	List<StoredAppKey> findByAppIdOrderByEnvAscVersionAsc(String appId);

}
