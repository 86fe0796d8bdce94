module.exports = { ...require('../../jest.int.preset.cjs'), displayName: 'meeting-core:int' };
