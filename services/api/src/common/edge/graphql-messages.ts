/**
 * graphql-js and Apollo write their validation and coercion errors in English. The client gets
 * them in Chinese; the English original stays in extensions.originalMessage.
 * A quoted name is matched as `[^"]+`, never `.+?`: a lazy match runs on across quotes, so that "Variable "$i"
 * got invalid value {…}; Field "x" of required type "Int!" was not provided" was read by the rule for a
 * missing variable, and the caller got 缺少必填变量 $i" got invalid value {…}; Field "x（Int!）.
 */
type Rule = [RegExp, (m: RegExpExecArray) => string];

const RULES: Rule[] = [
  [/^Cannot query field "([^"]+)" on type "([^"]+)"/, (m) => `类型 ${m[2]} 没有字段 ${m[1]}`],
  [/^Unknown argument "([^"]+)" on field "([^"]+)"/, (m) => `字段 ${m[2]} 没有参数 ${m[1]}`],
  [
    /^Field "([^"]+)" argument "([^"]+)" of type "([^"]+)" is required, but it was not provided/,
    (m) => `字段 ${m[1]} 缺少必填参数 ${m[2]}（${m[3]}）`,
  ],
  [/^Field "([^"]+)" of required type "([^"]+)" was not provided/, (m) => `缺少必填字段 ${m[1]}（${m[2]}）`],
  [/^Field "([^"]+)" is not defined by type "([^"]+)"/, (m) => `输入类型 ${m[2]} 没有字段 ${m[1]}`],
  [
    /^Field "([^"]+)" must not have a selection since type "([^"]+)" has no subfields/,
    (m) => `字段 ${m[1]} 的类型 ${m[2]} 没有子字段，不能再选择`,
  ],
  [
    /^Field "([^"]+)" of type "([^"]+)" must have a selection of subfields/,
    (m) => `字段 ${m[1]}（${m[2]}）需要选择子字段`,
  ],
  [/^Variable "\$([^"]+)" of required type "([^"]+)" was not provided/, (m) => `缺少必填变量 $${m[1]}（${m[2]}）`],
  [
    /^Variable "\$([^"]+)" got invalid value .*?; (.*)$/s,
    (m) => `变量 $${m[1]} 的值无效：${translateGraphqlMessage(m[2]) ?? m[2]}`,
  ],
  [/^Variable "\$([^"]+)" is not defined/, (m) => `变量 $${m[1]} 未声明`],
  [/^Variable "\$([^"]+)" is never used/, (m) => `变量 $${m[1]} 已声明但未使用`],
  [
    /^Variable "\$([^"]+)" of type "([^"]+)" used in position expecting type "([^"]+)"/,
    (m) => `变量 $${m[1]} 的类型 ${m[2]} 与所需类型 ${m[3]} 不符`,
  ],
  [/^Unknown type "([^"]+)"/, (m) => `未知类型 ${m[1]}`],
  [/^Unknown fragment "([^"]+)"/, (m) => `未知片段 ${m[1]}`],
  [/^Fragment "([^"]+)" is never used/, (m) => `片段 ${m[1]} 未被使用`],
  [/^Cannot spread fragment "([^"]+)" within itself/, (m) => `片段 ${m[1]} 循环引用了自身`],
  [/^Expected value of type "([^"]+)", found (.+?)(;|\.?$)/, (m) => `需要 ${m[1]} 类型的值，收到 ${m[2]}`],
  [/^(Int|Float|String|Boolean|ID) cannot represent (.*)$/, (m) => `${m[1]} 类型不能表示该值（${m[2]}）`],
  [/^Enum "([^"]+)" cannot represent non-enum value: (.+?)\./, (m) => `${m[2]} 不是枚举 ${m[1]} 的取值`],
  [/^Value "([^"]+)" does not exist in "([^"]+)" enum/, (m) => `${m[1]} 不是枚举 ${m[2]} 的取值`],
  [/^There can be only one (.+?) named "([^"]+)"/, (m) => `名称 ${m[2]} 重复`],
  [/^This anonymous operation must be the only defined operation/, () => '匿名操作只能单独出现'],
  [
    /^Must provide operation name if query contains multiple operations/,
    () => '查询包含多个操作时必须给出 operationName',
  ],
  [/^Unknown operation named "([^"]+)"/, (m) => `未知操作 ${m[1]}`],
  [/^Unknown directive "([^"]+)"/, (m) => `未知指令 ${m[1]}`],
  [/^Fields "([^"]+)" conflict because/, (m) => `字段 ${m[1]} 在同一选择中含义冲突`],
  [/^Schema is not configured to execute (\w+) operation/, (m) => `不支持 ${m[1]} 操作`],
  [/^GraphQL introspection is not allowed/, () => '生产环境不开放接口自省'],
];

/** The Chinese form of a graphql-js message, or null when it is not one we know. */
export function translateGraphqlMessage(message: string): string | null {
  for (const [re, make] of RULES) {
    const m = re.exec(message);
    if (m) return make(m);
  }
  return null;
}

export const hasChinese = (s: string): boolean => /[\u4e00-\u9fff]/.test(s);
