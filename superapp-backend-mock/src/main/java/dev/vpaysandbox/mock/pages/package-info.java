/**
 * The endpoints only the mock's web pages need: the cashier page and the actions of the
 * user standing at it, and the inspector's signature debugger. The pages themselves are
 * static files under {@code mock-web/}.
 */
package dev.vpaysandbox.mock.pages;
