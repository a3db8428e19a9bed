package dev.vpaysandbox.mock.apps;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores an app's currencies as one comma-separated column, e.g. {@code USD,EUR}. */
@Converter
class CurrencyListConverter implements AttributeConverter<List<String>, String> {

	@Override
	public String convertToDatabaseColumn(List<String> currencies) {
		return String.join(",", currencies);
	}

	@Override
	public List<String> convertToEntityAttribute(String column) {
		return column.isEmpty() ? List.of() : Arrays.asList(column.split(","));
	}

}
