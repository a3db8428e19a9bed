package dev.vpaysandbox.mock.login;

import org.springframework.data.jpa.repository.JpaRepository;

interface AccessTokenRepository extends JpaRepository<AccessToken, String> {

}
