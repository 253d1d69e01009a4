#!/usr/bin/env python3
"""Generates SwiftLite's typed TFLite schema layer from a FlatBuffers schema file.

Input: TFLite's `schema.fbs` (schema version 3). It is NOT kept in this repository. The copy the
committed code was generated from is `tflite/converter/schema/schema.fbs` of the public
google-ai-edge/LiteRT repository (see SCHEMA_SOURCE below); keep it anywhere outside the repo and
pass its path:

    python3 Scripts/schema/generate_swift_schema.py /path/to/schema.fbs

Output (overwritten): Sources/SwiftLiteSchema/Generated/*.swift
  - SchemaEnums.swift:   enums and union type tags as open structs (unknown values survive)
  - SchemaReaders.swift: zero-copy read views (`<Table>View`) and their verifiers
  - SchemaObjects.swift: an editable object model (`<Table>`) that packs back into a FlatBuffer

The parser handles the subset of the FlatBuffers IDL the TFLite schema uses: namespace,
file_identifier, file_extension, enum, union, table, root_type, field defaults and the
`deprecated` and `force_align` attributes. Anything else is an error, so a schema change that needs
new generator support is noticed rather than silently mistranslated.
"""

import hashlib
import os
import re
import sys

SCHEMA_SOURCE = "google-ai-edge/LiteRT, tflite/converter/schema/schema.fbs"
OUT_DIR = os.path.join(os.path.dirname(__file__), "..", "..", "Sources", "SwiftLiteSchema", "Generated")

SCALARS = {
    # fbs type: (swift type, byte size)
    "bool": ("Bool", 1), "byte": ("Int8", 1), "ubyte": ("UInt8", 1), "int8": ("Int8", 1),
    "uint8": ("UInt8", 1), "short": ("Int16", 2), "ushort": ("UInt16", 2), "int16": ("Int16", 2),
    "uint16": ("UInt16", 2), "int": ("Int32", 4), "uint": ("UInt32", 4), "int32": ("Int32", 4),
    "uint32": ("UInt32", 4), "long": ("Int64", 8), "ulong": ("UInt64", 8), "int64": ("Int64", 8),
    "uint64": ("UInt64", 8), "float": ("Float", 4), "float32": ("Float", 4), "double": ("Double", 8),
    "float64": ("Double", 8),
}

SWIFT_KEYWORDS = {
    "associatedtype", "class", "deinit", "enum", "extension", "fileprivate", "func", "import", "init",
    "inout", "internal", "let", "open", "operator", "private", "protocol", "public", "rethrows",
    "static", "struct", "subscript", "typealias", "var", "break", "case", "continue", "default",
    "defer", "do", "else", "fallthrough", "for", "guard", "if", "in", "repeat", "return", "switch",
    "where", "while", "as", "catch", "false", "is", "nil", "super", "self", "Self", "throw",
    "throws", "true", "try", "Type", "Any", "some", "any",
}


class Enum:
    def __init__(self, name, base, values):
        self.name, self.base, self.values = name, base, values  # values: [(NAME, int)]


class Union:
    def __init__(self, name, members):
        self.name, self.members = name, members  # members: [(TableName, int)]


class Field:
    def __init__(self, name, type_, default, attrs):
        self.name, self.type, self.default, self.attrs = name, type_, default, attrs
        self.slot = None


class Table:
    def __init__(self, name, fields):
        self.name, self.fields = name, fields


def strip_comments(text):
    return re.sub(r"//[^\n]*", "", text)


def parse(text):
    text = strip_comments(text)
    enums, unions, tables, order = {}, {}, {}, []
    meta = {}
    pos = 0
    token_re = re.compile(r"\s*(namespace|file_identifier|file_extension|root_type|enum|union|table|struct|attribute|include)\b")
    while True:
        m = token_re.match(text, pos)
        if not m:
            if text[pos:].strip():
                raise SystemExit(f"unparsed schema text near: {text[pos:pos + 80]!r}")
            break
        kind = m.group(1)
        pos = m.end()
        if kind in ("namespace", "file_identifier", "file_extension", "root_type"):
            end = text.index(";", pos)
            meta[kind] = text[pos:end].strip().strip('"')
            pos = end + 1
            continue
        if kind in ("struct", "attribute", "include"):
            raise SystemExit(f"generator does not support '{kind}' declarations")
        head_end = text.index("{", pos)
        # Attributes on declarations and enum/union items carry no meaning for the generated
        # code (a deprecated value or member keeps its number), so they are dropped here.
        head = re.sub(r"\(\s*deprecated\s*\)", "", text[pos:head_end]).strip()
        body_end = text.index("}", head_end)
        body = text[head_end + 1:body_end]
        pos = body_end + 1
        if kind == "enum":
            name, base = [s.strip() for s in head.split(":")]
            values, next_value = [], 0
            for item in [re.sub(r"\(\s*deprecated\s*\)", "", s).strip() for s in body.split(",") if s.strip()]:
                if "=" in item:
                    key, value = [s.strip() for s in item.split("=")]
                    next_value = int(value)
                else:
                    key = item
                values.append((key, next_value))
                next_value += 1
            enums[name] = Enum(name, base, values)
            order.append(("enum", name))
        elif kind == "union":
            name = head
            members = []
            items = [re.sub(r"\(\s*deprecated\s*\)", "", s).strip() for s in body.split(",") if s.strip()]
            for index, item in enumerate(items, start=1):
                if "=" in item or ":" in item:
                    raise SystemExit(f"union {name}: explicit values/aliases are not supported")
                members.append((item, index))
            unions[name] = Union(name, members)
            order.append(("union", name))
        else:
            name = head
            fields = []
            for decl in [s.strip() for s in body.split(";") if s.strip()]:
                fm = re.fullmatch(r"([A-Za-z_][A-Za-z0-9_]*)\s*:\s*(\[?\s*[A-Za-z_][A-Za-z0-9_.]*\s*\]?)\s*(?:=\s*([^()\s]+))?\s*(?:\((.*)\))?", decl, re.S)
                if not fm:
                    raise SystemExit(f"table {name}: cannot parse field {decl!r}")
                attrs = {}
                if fm.group(4):
                    for attr in fm.group(4).split(","):
                        if ":" in attr:
                            k, v = [s.strip() for s in attr.split(":")]
                            attrs[k] = v
                        else:
                            attrs[attr.strip()] = True
                unknown = set(attrs) - {"deprecated", "force_align"}
                if unknown:
                    raise SystemExit(f"table {name}: unsupported attributes {unknown}")
                fields.append(Field(fm.group(1), re.sub(r"\s", "", fm.group(2)), fm.group(3), attrs))
            tables[name] = Table(name, fields)
            order.append(("table", name))
    # Slots: declaration order; a union takes two (type tag, then value).
    for table in tables.values():
        slot = 0
        for field in table.fields:
            field.slot = slot
            slot += 2 if field.type in unions else 1
    return meta, enums, unions, tables, order


def camel(snake):
    parts = [p for p in snake.split("_") if p]
    if not parts:
        return snake
    out = parts[0].lower() + "".join(p[:1].upper() + p[1:].lower() for p in parts[1:])
    return out


def field_name(snake):
    parts = snake.split("_")
    out = parts[0] + "".join(p[:1].upper() + p[1:] for p in parts[1:])
    return escape(out)


def escape(name):
    return f"`{name}`" if name in SWIFT_KEYWORDS else name


def bare(name):
    return name.strip("`")


def lower_type(name):
    """Conv2DOptions -> conv2DOptions, LSHProjectionOptions -> lshProjectionOptions."""
    m = re.match(r"^([A-Z]+)(?=[A-Z][a-z]|$|[0-9])", name)
    if m and len(m.group(1)) > 1:
        return escape(m.group(1).lower() + name[len(m.group(1)):])
    return escape(name[:1].lower() + name[1:])


class Generator:
    def __init__(self, meta, enums, unions, tables, order, digest):
        self.meta, self.enums, self.unions, self.tables, self.order = meta, enums, unions, tables, order
        self.digest = digest

    def header(self, what):
        return (
            "// GENERATED FILE - DO NOT EDIT.\n"
            "// Generator: Scripts/schema/generate_swift_schema.py\n"
            f"// Source schema: {SCHEMA_SOURCE} (sha256 {self.digest[:16]}…)\n"
            f"// Contents: {what}\n\n"
            "import FlatBuffers\n\n"
        )

    # --- type helpers -----------------------------------------------------------------------
    def kind(self, type_):
        if type_.startswith("["):
            inner = type_[1:-1]
            if inner in SCALARS or inner in self.enums:
                return "scalar_vector"
            if inner == "string":
                return "string_vector"
            if inner in self.tables:
                return "table_vector"
            raise SystemExit(f"unsupported vector type {type_}")
        if type_ in SCALARS:
            return "scalar"
        if type_ in self.enums:
            return "enum"
        if type_ == "string":
            return "string"
        if type_ in self.tables:
            return "table"
        if type_ in self.unions:
            return "union"
        raise SystemExit(f"unknown type {type_}")

    def scalar_swift(self, t):
        if t in SCALARS:
            return SCALARS[t][0]
        return t  # enum struct name

    def scalar_size(self, t):
        if t in SCALARS:
            return SCALARS[t][1]
        return SCALARS[self.enums[t].base][1]

    def default_literal(self, f):
        t = f.type
        if t in self.enums:
            if f.default is None:
                return f"{t}(rawValue: 0)"
            names = dict(self.enums[t].values)
            if f.default not in names:
                raise SystemExit(f"{f.name}: unknown enum default {f.default}")
            return f"{t}.{escape(camel(f.default))}"
        swift = SCALARS[t][0]
        if f.default is None:
            return "false" if swift == "Bool" else "0"
        if swift == "Bool":
            return f.default
        if swift in ("Float", "Double"):
            return f.default if "." in f.default or "e" in f.default else f.default + ".0"
        return f.default

    def live_fields(self, table):
        return [f for f in table.fields if "deprecated" not in f.attrs]

    # --- enums ------------------------------------------------------------------------------
    def gen_enums(self):
        out = [self.header("schema enums and union tags")]
        for kind, name in self.order:
            if kind == "enum":
                e = self.enums[name]
                out.append(self.gen_open_enum(name, SCALARS[e.base][0], e.values, f"The `{name}` enum of the TFLite schema."))
            elif kind == "union":
                u = self.unions[name]
                values = [("NONE", 0)] + u.members
                out.append(self.gen_open_enum(name + "Type", "UInt8", values, f"The type tag of the `{name}` union of the TFLite schema.", keep_case=True))
        return "".join(out)

    def gen_open_enum(self, name, raw, values, doc, keep_case=False):
        lines = [f"/// {doc}", "///",
                 "/// An open set: values this schema version does not know are kept as they are.",
                 f"public struct {name}: FlatEnum, CustomStringConvertible {{",
                 "    /// The wire value.",
                 f"    public var rawValue: {raw}",
                 "    /// Wraps a wire value, known or not.",
                 f"    public init(rawValue: {raw}) {{ self.rawValue = rawValue }}", ""]
        seen = set()
        for key, value in values:
            swift = lower_type(key) if keep_case and key != "NONE" else escape(camel(key))
            if bare(swift) in seen:
                continue
            seen.add(bare(swift))
            lines.append(f"    /// `{key}` ({value}).")
            lines.append(f"    public static let {swift} = {name}(rawValue: {value})")
        lines.append("")
        lines.append("    /// Every value this schema version defines, in declaration order.")
        lines.append(f"    public static let allKnown: [{name}] = [")
        for key, value in values:
            lines.append(f"        {name}(rawValue: {value}),")
        lines.append("    ]")
        lines.append("")
        lines.append("    /// The schema's name for this value, or nil for an unknown value.")
        lines.append("    public var name: String? {")
        lines.append("        switch rawValue {")
        done = set()
        for key, value in values:
            if value in done:
                continue
            done.add(value)
            lines.append(f"        case {value}: \"{key}\"")
        lines.append("        default: nil")
        lines.append("        }")
        lines.append("    }")
        lines.append("")
        lines.append("    /// The schema name, or `<type>(<raw value>)` when unknown.")
        lines.append(f"    public var description: String {{ name ?? \"{name}(\\(rawValue))\" }}")
        lines.append("}")
        lines.append("")
        return "\n".join(lines) + "\n"

    # --- read views -------------------------------------------------------------------------
    def gen_readers(self):
        out = [self.header("zero-copy read views and their verifiers")]
        for kind, name in self.order:
            if kind == "table":
                out.append(self.gen_view(self.tables[name]))
            elif kind == "union":
                out.append(self.gen_union_view(self.unions[name]))
        return "".join(out)

    def gen_union_view(self, u):
        lines = [f"/// A read view of the `{u.name}` union: one case per member table.",
                 f"public enum {u.name}View: Sendable {{"]
        for member, value in u.members:
            lines.append(f"    /// A `{member}`.")
            lines.append(f"    case {lower_type(member)}({member}View)")
        lines.append("    /// A member this schema version does not know (its type tag).")
        lines.append("    case unknown(UInt8)")
        lines.append("")
        lines.append("    /// Views the table at `table` as the member that `type` names.")
        lines.append(f"    public init(type: {u.name}Type, table: FlatTable) {{")
        lines.append("        switch type.rawValue {")
        for member, value in u.members:
            lines.append(f"        case {value}: self = .{lower_type(member)}({member}View(table: table))")
        lines.append("        default: self = .unknown(type.rawValue)")
        lines.append("        }")
        lines.append("    }")
        lines.append("")
        lines.append("    /// Verifies the member table of type `type` at `position`; unknown types pass.")
        lines.append("    public static func verify(_ verifier: inout FlatBufferVerifier, type: UInt8, at position: Int)")
        lines.append("        throws(FlatBufferError)")
        lines.append("    {")
        lines.append("        switch type {")
        for member, value in u.members:
            lines.append(f"        case {value}: try {member}View.verify(&verifier, at: position)")
        lines.append("        default: break")
        lines.append("        }")
        lines.append("    }")
        lines.append("}")
        lines.append("")
        return "\n".join(lines) + "\n"

    def gen_view(self, t):
        lines = [f"/// A zero-copy read view of the `{t.name}` table.",
                 f"public struct {t.name}View: FlatTableView {{",
                 "    /// The underlying table.",
                 "    public let table: FlatTable",
                 "    /// Views `table` as a `" + t.name + "`.",
                 "    @inlinable public init(table: FlatTable) { self.table = table }",
                 f"    /// The schema's name for this table.",
                 f"    public static let schemaName = \"{t.name}\"", ""]
        for f in self.live_fields(t):
            k = self.kind(f.type)
            n = field_name(f.name)
            s = f.slot
            lines.append(f"    /// `{f.name}` (slot {s}).")
            if k in ("scalar", "enum"):
                sw = self.scalar_swift(f.type)
                lines.append(f"    @inlinable public var {n}: {sw} {{ table.scalar(slot: {s}, default: {self.default_literal(f)}) }}")
            elif k == "string":
                lines.append(f"    @inlinable public var {n}: String? {{ table.string(slot: {s}) }}")
            elif k == "scalar_vector":
                inner = self.scalar_swift(f.type[1:-1])
                lines.append(f"    @inlinable public var {n}: FlatVector<{inner}>? {{ table.vector(slot: {s}) }}")
            elif k == "table_vector":
                inner = f.type[1:-1]
                lines.append(f"    @inlinable public var {n}: FlatTableVector<{inner}View>? {{ table.tables(slot: {s}) }}")
            elif k == "table":
                lines.append(f"    @inlinable public var {n}: {f.type}View? {{ table.table(slot: {s}).map({f.type}View.init(table:)) }}")
            elif k == "union":
                lines.append(f"    @inlinable public var {bare(n)}Type: {f.type}Type {{ table.scalar(slot: {s}, default: {f.type}Type(rawValue: 0)) }}")
                lines.append(f"    /// `{f.name}` value (slot {s + 1}); nil when the union is NONE or absent.")
                lines.append(f"    public var {n}: {f.type}View? {{")
                lines.append(f"        let type = {bare(n)}Type")
                lines.append(f"        guard type.rawValue != 0, let value = table.table(slot: {s + 1}) else {{ return nil }}")
                lines.append(f"        return {f.type}View(type: type, table: value)")
                lines.append("    }")
            else:
                raise SystemExit(f"unsupported field kind {k}")
        lines.append("")
        lines.append(f"    /// Verifies a `{t.name}` table at `position` and everything it refers to.")
        lines.append("    public static func verify(_ verifier: inout FlatBufferVerifier, at position: Int) throws(FlatBufferError) {")
        binding = "let table =" if t.fields else "_ ="
        lines.append(f"        {binding} try verifier.beginTable(at: position)")
        for f in t.fields:  # deprecated fields are verified too: old writers may have set them
            k = self.kind(f.type)
            s = f.slot
            if k in ("scalar", "enum"):
                lines.append(f"        try verifier.verifyScalar(table, slot: {s}, size: {self.scalar_size(f.type)})")
            elif k == "string":
                lines.append(f"        try verifier.verifyString(table, slot: {s}, field: \"{f.name}\")")
            elif k == "scalar_vector":
                lines.append(f"        try verifier.verifyVector(table, slot: {s}, elementSize: {self.scalar_size(f.type[1:-1])}, field: \"{f.name}\")")
            elif k == "table_vector":
                lines.append(f"        try verifier.verifyTableVector(table, slot: {s}, field: \"{f.name}\", {f.type[1:-1]}View.verify(_:at:))")
            elif k == "table":
                lines.append(f"        try verifier.verifyTable(table, slot: {s}, field: \"{f.name}\", {f.type}View.verify(_:at:))")
            elif k == "union":
                lines.append(f"        try verifier.verifyUnion(table, slot: {s}, field: \"{f.name}\", {f.type}View.verify(_:type:at:))")
        lines.append("        verifier.endTable()")
        lines.append("    }")
        lines.append("}")
        lines.append("")
        return "\n".join(lines) + "\n"

    # --- object model -----------------------------------------------------------------------
    def gen_objects(self):
        out = [self.header("editable object model that packs into a FlatBuffer")]
        for kind, name in self.order:
            if kind == "table":
                out.append(self.gen_object(self.tables[name]))
            elif kind == "union":
                out.append(self.gen_union_object(self.unions[name]))
        return "".join(out)

    def gen_union_object(self, u):
        lines = [f"/// The `{u.name}` union as an editable value.",
                 f"public enum {u.name}: Sendable, Equatable {{"]
        for member, value in u.members:
            lines.append(f"    /// A `{member}`.")
            lines.append(f"    case {lower_type(member)}({member})")
        lines.append("")
        lines.append("    /// The union's type tag.")
        lines.append(f"    public var type: {u.name}Type {{")
        lines.append("        switch self {")
        for member, value in u.members:
            lines.append(f"        case .{lower_type(member)}: {u.name}Type(rawValue: {value})")
        lines.append("        }")
        lines.append("    }")
        lines.append("")
        lines.append("    /// Copies a read view; nil for a member this schema version does not know.")
        lines.append(f"    public init?(_ view: {u.name}View) {{")
        lines.append("        switch view {")
        for member, value in u.members:
            lines.append(f"        case .{lower_type(member)}(let value): self = .{lower_type(member)}({member}(value))")
        lines.append("        case .unknown: return nil")
        lines.append("        }")
        lines.append("    }")
        lines.append("")
        lines.append("    /// Writes the member table; returns its offset.")
        lines.append("    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {")
        lines.append("        switch self {")
        for member, value in u.members:
            lines.append(f"        case .{lower_type(member)}(let value): value.pack(into: &builder)")
        lines.append("        }")
        lines.append("    }")
        lines.append("}")
        lines.append("")
        return "\n".join(lines) + "\n"

    def gen_object(self, t):
        fields = self.live_fields(t)
        lines = [f"/// The `{t.name}` table as an editable value.",
                 f"public struct {t.name}: Sendable, Equatable {{"]
        for f in fields:
            k = self.kind(f.type)
            n = field_name(f.name)
            lines.append(f"    /// `{f.name}`.")
            if k in ("scalar", "enum"):
                lines.append(f"    public var {n}: {self.scalar_swift(f.type)} = {self.default_literal(f)}")
            elif k == "string":
                lines.append(f"    public var {n}: String? = nil")
            elif k == "scalar_vector":
                lines.append(f"    public var {n}: [{self.scalar_swift(f.type[1:-1])}]? = nil")
            elif k == "table_vector":
                lines.append(f"    public var {n}: [{f.type[1:-1]}]? = nil")
            elif k in ("table", "union"):
                lines.append(f"    public var {n}: {f.type}? = nil")
        lines.append("")
        lines.append("    /// A table with every field at its default.")
        lines.append("    public init() {}")
        lines.append("")
        lines.append("    /// Copies a read view.")
        lines.append(f"    public init(_ view: {t.name}View) {{")
        for f in fields:
            k = self.kind(f.type)
            n = field_name(f.name)
            if k in ("scalar", "enum", "string"):
                lines.append(f"        {n} = view.{n}")
            elif k == "scalar_vector":
                lines.append(f"        {n} = view.{n}.map {{ Array($0) }}")
            elif k == "table_vector":
                lines.append(f"        {n} = view.{n}.map {{ $0.map({f.type[1:-1]}.init) }}")
            elif k == "table":
                lines.append(f"        {n} = view.{n}.map({f.type}.init)")
            elif k == "union":
                lines.append(f"        {n} = view.{n}.flatMap({f.type}.init)")
        lines.append("    }")
        lines.append("")
        lines.append("    /// Writes this table (children first); returns its offset.")
        lines.append("    public func pack(into builder: inout FlatBufferBuilder) -> FlatOffset {")
        children = []
        for f in fields:
            k = self.kind(f.type)
            n = field_name(f.name)
            v = f"{bare(n)}Offset"
            if k == "string":
                lines.append(f"        let {v} = {n}.map {{ builder.createString($0) }}")
            elif k == "scalar_vector":
                inner = f.type[1:-1]
                align = int(f.attrs.get("force_align", 1))
                if self.scalar_swift(inner) == "UInt8":
                    lines.append(f"        let {v} = {n}.map {{ bytes in bytes.withUnsafeBytes {{ builder.createByteVector($0, alignment: {align}) }} }}")
                else:
                    lines.append(f"        let {v} = {n}.map {{ builder.createVector($0, alignment: {align}) }}")
            elif k == "table_vector":
                lines.append(f"        let {v} = {n}.map {{ items in")
                lines.append(f"            let offsets = items.map {{ $0.pack(into: &builder) }}")
                lines.append(f"            return builder.createVector(offsets: offsets)")
                lines.append(f"        }}")
            elif k in ("table", "union"):
                lines.append(f"        let {v} = {n}?.pack(into: &builder)")
            else:
                continue
            children.append((f, v))
        lines.append("        let start = builder.startTable()")
        # Largest scalars first, as flatc does, to keep padding small.
        scalars = [f for f in fields if self.kind(f.type) in ("scalar", "enum")]
        scalars.sort(key=lambda f: -self.scalar_size(f.type))
        for f in scalars:
            lines.append(f"        builder.add(slot: {f.slot}, {field_name(f.name)}, default: {self.default_literal(f)})")
        for f, v in children:
            k = self.kind(f.type)
            n = field_name(f.name)
            if k == "union":
                lines.append(f"        if let {v}, let {bare(n)} {{")
                lines.append(f"            builder.add(slot: {f.slot}, {bare(n)}.type, default: {f.type}Type(rawValue: 0))")
                lines.append(f"            builder.addOffset(slot: {f.slot + 1}, {v})")
                lines.append("        }")
            else:
                lines.append(f"        if let {v} {{ builder.addOffset(slot: {f.slot}, {v}) }}")
        lines.append("        return builder.endTable(start: start)")
        lines.append("    }")
        lines.append("}")
        lines.append("")
        return "\n".join(lines) + "\n"


def main():
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    with open(sys.argv[1], "rb") as fh:
        raw = fh.read()
    digest = hashlib.sha256(raw).hexdigest()
    meta, enums, unions, tables, order = parse(raw.decode("utf-8"))
    if meta.get("file_identifier") != "TFL3" or meta.get("root_type") != "Model":
        raise SystemExit("this does not look like the TFLite schema (identifier TFL3, root Model)")
    gen = Generator(meta, enums, unions, tables, order, digest)
    os.makedirs(OUT_DIR, exist_ok=True)
    outputs = {
        "SchemaEnums.swift": gen.gen_enums(),
        "SchemaReaders.swift": gen.gen_readers(),
        "SchemaObjects.swift": gen.gen_objects(),
    }
    for name, text in outputs.items():
        with open(os.path.join(OUT_DIR, name), "w") as fh:
            fh.write(text)
        print(f"wrote {name}: {text.count(chr(10))} lines")
    print(f"{len(enums)} enums, {len(unions)} unions, {len(tables)} tables")


if __name__ == "__main__":
    main()
