package dev.vpaysandbox.e2e.support;

import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A look inside order-service's database, for the few facts its HTTP API does not show:
 * what made an order deliver, and which notifications it received. Read only.
 */
public final class OrderServiceDatabase {

	private final JdbcTemplate jdbc;

	private OrderServiceDatabase(DataSource dataSource) {
		this.jdbc = new JdbcTemplate(dataSource);
	}

	/** The database of these services' running order-service. */
	public static OrderServiceDatabase of(SandboxServices services) {
		return new OrderServiceDatabase(services.orderContext().getBean(DataSource.class));
	}

	/**
	 * The sources (NOTIFICATION, RECONCILIATION) of an order's deliveries: at most one.
	 */
	public List<String> deliverySources(String outTradeNo) {
		return this.jdbc.queryForList("select d.source from delivery d join purchase_order o on o.id = d.order_id"
				+ " where o.out_trade_no = ?", String.class, outTradeNo);
	}

	/**
	 * The outcomes of every delivery notification received for an order, oldest first.
	 */
	public List<String> notificationOutcomes(String outTradeNo) {
		return this.jdbc.queryForList("select outcome from notification_log where out_trade_no = ? order by id",
				String.class, outTradeNo);
	}

	/**
	 * The id of the first delivery notification received for an order: ids grow in the
	 * order notifications arrived.
	 */
	public long firstNotificationId(String outTradeNo) {
		return this.jdbc.queryForObject("select min(id) from notification_log where out_trade_no = ?", Long.class,
				outTradeNo);
	}

}
