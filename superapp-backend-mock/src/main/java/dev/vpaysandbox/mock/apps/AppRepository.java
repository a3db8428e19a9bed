package dev.vpaysandbox.mock.apps;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AppRepository extends JpaRepository<App, String> {

	List<App> findAllByOrderByAppIdAsc();

}
