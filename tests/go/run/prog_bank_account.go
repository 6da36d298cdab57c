// prog_bank_account: accounts with methods returning errors; transfers that roll back on failure.
package main

import (
	"errors"
	"fmt"
)

var ErrInsufficient = errors.New("insufficient funds")

type Account struct {
	ID      string
	balance int
	history []string
}

func (a *Account) Deposit(n int) error {
	if n <= 0 {
		return fmt.Errorf("deposit %d to %s: amount must be positive", n, a.ID)
	}
	a.balance += n
	a.history = append(a.history, fmt.Sprintf("+%d", n))
	return nil
}

func (a *Account) Withdraw(n int) error {
	if n > a.balance {
		return fmt.Errorf("withdraw %d from %s (balance %d): %w", n, a.ID, a.balance, ErrInsufficient)
	}
	a.balance -= n
	a.history = append(a.history, fmt.Sprintf("-%d", n))
	return nil
}

func Transfer(from, to *Account, n int) error {
	if err := from.Withdraw(n); err != nil {
		return fmt.Errorf("transfer failed: %w", err)
	}
	return to.Deposit(n)
}

func (a *Account) String() string {
	return fmt.Sprintf("%s: %d %v", a.ID, a.balance, a.history)
}

func main() {
	alice := &Account{ID: "alice"}
	bob := &Account{ID: "bob"}
	fmt.Println(alice.Deposit(100))
	fmt.Println(alice.Deposit(-5))
	fmt.Println(Transfer(alice, bob, 30))
	err := Transfer(bob, alice, 50)
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrInsufficient))
	fmt.Println(alice)
	fmt.Println(bob)
}
