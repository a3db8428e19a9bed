package dev.vpaysandbox.mock.apps;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ItemRepository extends JpaRepository<Item, Long> {

	Optional<Item> findByAppIdAndProductId(String appId, String productId);

	List<Item> findByAppIdOrderByProductIdAsc(String appId);

}
