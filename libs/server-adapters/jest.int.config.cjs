module.exports = { ...require('../../jest.int.preset.cjs'), displayName: 'server-adapters:int' };
