package main

// FerretDB 1.24 does not update atomically: it reads a document, changes it and writes it back in
// separate steps, so two concurrent updates of one document lose one of them, and two
// version-checked findAndModify calls can both win. This proxy sits in front of FerretDB's
// listener and lets one write command at a time through (across all client connections), holding
// the lock until FerretDB has answered, so no read-modify-write can interleave with another.
// Reads are not locked and stay parallel. Every client connection gets its own FerretDB
// connection, so cursors and sessions behave as before.

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"sync"

	"go.mongodb.org/mongo-driver/bson"
)

const (
	opQuery        = 2004
	opMsg          = 2013
	flagMoreToCome = 1 << 1
	maxMessage     = 48 * 1024 * 1024
)

// Commands that never change data. Anything else (insert, update, delete, findAndModify, index and
// collection changes, unknown commands) is serialised.
var readCommands = map[string]bool{
	"find": true, "aggregate": true, "count": true, "distinct": true, "getMore": true,
	"killCursors": true, "listCollections": true, "listDatabases": true, "listIndexes": true,
	"hello": true, "isMaster": true, "ismaster": true, "ping": true, "buildInfo": true,
	"buildinfo": true, "serverStatus": true, "dbStats": true, "collStats": true,
	"dataSize": true, "explain": true, "getParameter": true, "getLog": true, "hostInfo": true,
	"connectionStatus": true, "whatsmyuri": true, "saslStart": true, "saslContinue": true,
	"endSessions": true, "getCmdLineOpts": true, "listCommands": true, "logout": true,
	"validate": true, "currentOp": true, "getFreeMonitoringStatus": true,
}

var writeLock sync.Mutex

func serveProxy(ln net.Listener, backend string, indexes *indexSync) {
	for {
		client, err := ln.Accept()
		if err != nil {
			return
		}
		go func() {
			defer client.Close()
			server, err := net.Dial("unix", backend)
			if err != nil {
				fmt.Fprintln(os.Stderr, "embeddedferretdb: proxy:", err)
				return
			}
			defer server.Close()
			_ = relay(client, server, indexes)
		}()
	}
}

// relay passes requests and replies in lockstep, as the wire protocol's request/response does.
func relay(client, server net.Conn, indexes *indexSync) error {
	for {
		req, err := readMessage(client)
		if err != nil {
			return err
		}
		name, ns, nameErr := commandName(req)
		if nameErr == nil && readCommands[name] {
			err = exchange(req, client, server)
		} else {
			err = exchangeWrite(req, client, server)
			indexes.touch(name, ns)
		}
		if err != nil {
			return err
		}
	}
}

// exchangeWrite holds the write lock only while FerretDB works: the reply is passed on after the
// lock is released, so a client that is slow to read never holds up everyone else's writes.
func exchangeWrite(req []byte, client, server net.Conn) error {
	writeLock.Lock()
	reply, err := roundTrip(req, server)
	writeLock.Unlock()
	if err != nil || reply == nil {
		return err
	}
	_, err = client.Write(reply)
	return err
}

// roundTrip sends one request and reads its one reply; nil for a request sent with moreToCome,
// whose stray reply from FerretDB 1.24 is dropped (it would answer the client's next command).
func roundTrip(req []byte, server net.Conn) ([]byte, error) {
	if _, err := server.Write(req); err != nil {
		return nil, err
	}
	reply, err := readMessage(server)
	if err != nil || hasMoreToCome(req) {
		return nil, err
	}
	return reply, nil
}

// exchange passes a read on and its replies back (several for an exhaust cursor).
func exchange(req []byte, client, server net.Conn) error {
	reply, err := roundTrip(req, server)
	for err == nil && reply != nil {
		if _, err = client.Write(reply); err != nil || !hasMoreToCome(reply) {
			return err
		}
		reply, err = readMessage(server)
	}
	return err
}

func readMessage(r io.Reader) ([]byte, error) {
	var header [4]byte
	if _, err := io.ReadFull(r, header[:]); err != nil {
		return nil, err
	}
	size := int(binary.LittleEndian.Uint32(header[:]))
	if size < 16 || size > maxMessage {
		return nil, fmt.Errorf("bad message length %d", size)
	}
	msg := make([]byte, size)
	copy(msg, header[:])
	if _, err := io.ReadFull(r, msg[4:]); err != nil {
		return nil, err
	}
	return msg, nil
}

func opCode(msg []byte) int32 { return int32(binary.LittleEndian.Uint32(msg[12:16])) }

func hasMoreToCome(msg []byte) bool {
	return opCode(msg) == opMsg && len(msg) >= 20 &&
		binary.LittleEndian.Uint32(msg[16:20])&flagMoreToCome != 0
}

// commandName is the first key of the command document (the kind-0 section of OP_MSG, or the query
// of a legacy OP_QUERY, which drivers use only for the first handshake) and the namespace
// `db.collection` it names.
func commandName(msg []byte) (string, string, error) {
	body := msg[16:]
	switch opCode(msg) {
	case opMsg:
		if len(body) < 4 {
			return "", "", errors.New("short OP_MSG")
		}
		sections := body[4:]
		for len(sections) > 0 {
			kind := sections[0]
			sections = sections[1:]
			if len(sections) < 4 {
				return "", "", errors.New("short section")
			}
			size := int(binary.LittleEndian.Uint32(sections[:4]))
			if size < 5 || size > len(sections) {
				return "", "", errors.New("bad section size")
			}
			if kind == 0 {
				return describe(sections[:size])
			}
			sections = sections[size:]
		}
		return "", "", errors.New("no command document")
	case opQuery:
		if len(body) < 4 {
			return "", "", errors.New("short OP_QUERY")
		}
		rest := body[4:]
		end := bytes.IndexByte(rest, 0)
		if end < 0 || len(rest) < end+9 {
			return "", "", errors.New("bad OP_QUERY")
		}
		return describe(rest[end+9:])
	default:
		return "", "", fmt.Errorf("opcode %d", opCode(msg))
	}
}

func describe(doc []byte) (string, string, error) {
	raw := bson.Raw(doc)
	if err := raw.Validate(); err != nil {
		return "", "", err
	}
	elements, err := raw.Elements()
	if err != nil || len(elements) == 0 {
		return "", "", errors.New("empty command")
	}
	name := elements[0].Key()
	collection, _ := elements[0].Value().StringValueOK()
	db, _ := raw.Lookup("$db").StringValueOK()
	return name, db + "." + collection, nil
}
