package dev.vpaysandbox.mock.system;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;

import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.domain.Persistable;

/**
 * An entity whose id the mock assigns (an appId, a payment id, a token's hash), so that
 * Spring Data cannot tell new from stored by a null id: it is new from construction until
 * it is persisted or loaded, and {@code save} inserts it without a select first (and a
 * duplicate id fails on the primary key, never merges). It may register domain events,
 * published when its repository saves it.
 *
 * @param <A> the entity itself
 * @param <I> its id
 */
@MappedSuperclass
public abstract class AssignedIdEntity<A extends AssignedIdEntity<A, I>, I> extends AbstractAggregateRoot<A>
		implements Persistable<I> {

	@Transient
	private boolean isNew = true;

	@Override
	public boolean isNew() {
		return this.isNew;
	}

	@PostLoad
	@PostPersist
	void markNotNew() {
		this.isNew = false;
	}

}
