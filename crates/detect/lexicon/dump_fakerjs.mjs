// Prints every locale's given names and surnames from @faker-js/faker as JSON.
import * as all from '@faker-js/faker';

const flat = (x) => (!x ? [] : Array.isArray(x) ? x.flatMap(flat) : typeof x === 'object' ? Object.values(x).flatMap(flat) : [String(x)]);
const out = {};
for (const [name, value] of Object.entries(all)) {
  const person = name.startsWith('faker') && value?.rawDefinitions?.person;
  if (person) out[name] = { first: flat(person.first_name), last: flat(person.last_name) };
}
console.log(JSON.stringify(out));
