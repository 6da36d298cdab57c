// startup: an empty program — the fixed cost (process, wasm instantiation, compile) the
// other rows include.
package main

func main() {}
