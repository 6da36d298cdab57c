// io.go — Gopherscope's package io: only what fmt's Fprint* functions need.
//
// Invariant: the declarations match Go 1.23's io package; nothing else is provided
// yet (no Reader, EOF, Copy...).
package io

// Writer is the interface that wraps the basic Write method.
type Writer interface {
	Write(p []byte) (n int, err error)
}
