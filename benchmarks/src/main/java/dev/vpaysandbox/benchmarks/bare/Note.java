package dev.vpaysandbox.benchmarks.bare;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** One entity, so that JPA and Hibernate start as they do in the services. */
@Entity
class Note {

	@Id
	@GeneratedValue
	private Long id;

	private String text;

	protected Note() {
	}

	Long id() {
		return this.id;
	}

	String text() {
		return this.text;
	}

}
