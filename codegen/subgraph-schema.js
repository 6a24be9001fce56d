module.exports = (path) => require('./schemas').subgraphSchema(path);
