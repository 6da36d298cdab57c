// prog_json_free_parser: parse "key=value; ..." config text into a typed struct with errors.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Config struct {
	Name    string
	Port    int
	Debug   bool
	Ratio   float64
	Unknown []string
}

func parse(text string) (Config, error) {
	var c Config
	for i, part := range strings.Split(text, ";") {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		k, v, ok := strings.Cut(part, "=")
		if !ok {
			return c, fmt.Errorf("entry %d (%q): missing '='", i, part)
		}
		var err error
		switch strings.ToLower(k) {
		case "name":
			c.Name = v
		case "port":
			c.Port, err = strconv.Atoi(v)
		case "debug":
			c.Debug, err = strconv.ParseBool(v)
		case "ratio":
			c.Ratio, err = strconv.ParseFloat(v, 64)
		default:
			c.Unknown = append(c.Unknown, k)
		}
		if err != nil {
			return c, fmt.Errorf("entry %d: %w", i, err)
		}
	}
	return c, nil
}

func main() {
	for _, in := range []string{
		"name=svc; port=8080; debug=true; ratio=0.75",
		"Name=x;color=red;size=3",
		"port=eighty",
		"name=a; broken",
	} {
		c, err := parse(in)
		fmt.Printf("%+v err=%v\n", c, err)
	}
}
