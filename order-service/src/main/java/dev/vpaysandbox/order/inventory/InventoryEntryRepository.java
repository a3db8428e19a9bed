package dev.vpaysandbox.order.inventory;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface InventoryEntryRepository extends JpaRepository<InventoryEntry, Long> {

	@Query("""
			select new dev.vpaysandbox.order.inventory.Holding(e.productId, sum(e.quantity))
			from InventoryEntry e where e.appId = :appId and e.openid = :openid
			group by e.productId having sum(e.quantity) <> 0 order by e.productId""")
	List<Holding> holdings(String appId, String openid);

	long countByOrderId(long orderId);

}
