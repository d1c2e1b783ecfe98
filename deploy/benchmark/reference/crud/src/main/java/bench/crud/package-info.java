/** The benchmark's plain CRUD service: per command, one locked row read, checked and written back. */
package bench.crud;
