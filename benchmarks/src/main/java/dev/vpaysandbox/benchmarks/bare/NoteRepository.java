package dev.vpaysandbox.benchmarks.bare;

import org.springframework.data.jpa.repository.JpaRepository;

interface NoteRepository extends JpaRepository<Note, Long> {

}
